using Sitrep.Entities.Data;
using Sitrep.Entities.Ner;

namespace Sitrep.Evaluation.Ner;

/// <summary>
/// Brings the corpora's conventions together (documented in <c>src/Sitrep/Entities/Model/README.md</c>):
/// titles and roles are cut from the front of person spans ("President Bush" -> "Bush"), a leading
/// "the" is cut from every span, overlapping spans keep the longest, and corpora without a
/// nationality type get their demonyms ("Russian", "Russians") outside other spans tagged as groups.
/// </summary>
internal static class NerHarmonizer
{
    private static readonly HashSet<string> TitleWords = BuildTitleWords();

    /// <summary>Cleans <paramref name="spans"/> of <paramref name="words"/> into a sentence.</summary>
    public static NerSentence Sentence(string[] words, IEnumerable<NerSpan> spans, bool addDemonyms)
    {
        var cleaned = new List<NerSpan>();
        foreach (var raw in spans.OrderByDescending(s => s.End - s.Start).ThenBy(s => s.Start))
        {
            var (start, end) = (raw.Start, raw.End);
            var titled = false;
            while (start < end - 1 && (words[start] is "the" or "The" || IsPunctuation(words[start]) || (raw.Type == NerType.Person && IsTitle(words[start]))))
            {
                titled |= raw.Type == NerType.Person && IsTitle(words[start]);
                start++;
            }

            // "Emperor of the United States" is a title, not a name: nothing but lower-case words follow it.
            if (titled && char.IsLower(words[start][0]))
            {
                continue;
            }

            while (start < end - 1 && IsModifier(words, start, start, end))
            {
                start++;
            }

            while (end > start + 1 && (IsPunctuation(words[end - 1]) || IsModifier(words, end - 1, start, end)))
            {
                end--;
            }

            if (raw.Type == NerType.Person && end - start == 1 && IsTitle(words[start]))
            {
                continue;
            }

            // Corpora without a nationality type file "the Americans" as people: our scheme makes
            // every lone demonym a group, as GMB and re3d do.
            var type = addDemonyms && end - start == 1 && IsDemonym(words[start]) ? NerType.Group
                : IsCountryOrCapital(words, start, end) ? NerType.Location : raw.Type;
            var span = new NerSpan(start, end, type);
            if (!cleaned.Exists(c => c.Start < span.End && span.Start < c.End))
            {
                cleaned.Add(span);
            }
        }

        if (addDemonyms)
        {
            for (var i = 0; i < words.Length; i++)
            {
                if (IsDemonym(words[i]) && !cleaned.Exists(c => c.Start <= i && i < c.End))
                {
                    cleaned.Add(new NerSpan(i, i + 1, NerType.Group));
                }
            }
        }

        cleaned.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new NerSentence(words, cleaned);
    }

    /// <summary>Tokens without a letter or digit, and the possessive "'s" (GMB's "'s Foreign Office", "Tehran \"").</summary>
    private static bool IsPunctuation(string word) => word is "'s" or "’s" || !word.Any(char.IsLetterOrDigit);

    /// <summary>
    /// A lower-case word at the edge of a span that also holds a capitalised word: GMB's silver spans
    /// sometimes take in "southern Pakistan", "south of Baghdad", "Bunia airport"; the name is the
    /// capitalised part. Name particles ("al", "de", "bin", "of" inside) stay.
    /// </summary>
    private static bool IsModifier(string[] words, int i, int start, int end)
    {
        var word = words[i];
        if (word.Length == 0 || !word.All(char.IsLower) || Particles.Contains(word))
        {
            return false;
        }

        for (var j = start; j < end; j++)
        {
            if (words[j].Length > 0 && char.IsUpper(words[j][0]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "al", "el", "bin", "ibn", "abu", "de", "da", "du", "van", "von", "der", "la", "le", "dos", "das", "es", "y" };

    /// <summary>
    /// A span that is exactly a country or capital name is a location in our scheme, whatever its use:
    /// GMB's silver labels file the same country as geo, org, per or gpe ("Western Sahara", "Tehran
    /// says"); the entities stage, not the tagger, reads a capital as an actor.
    /// </summary>
    private static bool IsCountryOrCapital(string[] words, int start, int end)
    {
        var name = string.Join(' ', words[start..end]);
        return EntityLexicon.Instance.Countries.ContainsKey(name) || EntityLexicon.Instance.Capitals.ContainsKey(name);
    }

    private static bool IsDemonym(string word) =>
        EntityLexicon.Instance.Demonyms.ContainsKey(word) || EntityLexicon.Instance.DemonymPlurals.ContainsKey(word);

    /// <summary>True for a title or role word that may open a person span in some corpora.</summary>
    public static bool IsTitle(string word) => TitleWords.Contains(word.ToLowerInvariant());

    private static HashSet<string> BuildTitleWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal) { "mr", "mrs", "ms", "dr", "sir", "lady", "lord", "pope", "prince", "princess", "sheikh", "ayatollah", "cardinal", "rev.", "prof." };
        foreach (var phrase in EntityLexicon.Instance.Roles.Keys)
        {
            foreach (var word in phrase.Split(' '))
            {
                if (word is not ("of" or "the" or "in" or "state"))
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }
}
