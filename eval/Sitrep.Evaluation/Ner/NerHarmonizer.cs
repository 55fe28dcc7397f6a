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
            while (start < end - 1 && (words[start] is "the" or "The" || (raw.Type == NerType.Person && IsTitle(words[start]))))
            {
                start++;
            }

            while (end > start + 1 && words[end - 1] is "'s" or "’s" or "," or ".")
            {
                end--;
            }

            if (raw.Type == NerType.Person && end - start == 1 && IsTitle(words[start]))
            {
                continue;
            }

            var span = new NerSpan(start, end, raw.Type);
            if (!cleaned.Exists(c => c.Start < span.End && span.Start < c.End))
            {
                cleaned.Add(span);
            }
        }

        if (addDemonyms)
        {
            var lexicon = EntityLexicon.Instance;
            for (var i = 0; i < words.Length; i++)
            {
                if ((lexicon.Demonyms.ContainsKey(words[i]) || lexicon.DemonymPlurals.ContainsKey(words[i]))
                    && !cleaned.Exists(c => c.Start <= i && i < c.End))
                {
                    cleaned.Add(new NerSpan(i, i + 1, NerType.Group));
                }
            }
        }

        cleaned.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new NerSentence(words, cleaned);
    }

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
