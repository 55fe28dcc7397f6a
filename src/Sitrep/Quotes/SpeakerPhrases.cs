using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// Reads the speaker phrase before a cue ("Norway's military chief said") or after it ("said Gen.
/// Eirik Kristoffersen"). A scan over a small word lexicon, no parser: capitalised words, titles,
/// possessives, determiners and role words make a phrase; anything else ends it.
/// </summary>
internal static partial class SpeakerPhrases
{
    private const int MaxLength = 8;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions =
        new HashSet<string>(["into", "onto", "upon", "than", "like", "over", "under", "among", "toward", "towards", "without", "within", "near", "across", "behind"], StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The subject phrase ending just before the cue at <paramref name="cue"/>, if any.</summary>
    public static SpeakerPhrase? Before(QuoteText t, int cue, int sentenceStart)
    {
        var k = cue - 1;
        while (k >= sentenceStart && (t.Has(k, WordClass.Skip) || IsAdverb(t, k) || (t.Is(k, "at") && t.Is(k + 1, "first"))))
        {
            k--;
        }

        if (k < sentenceStart || t.Has(k, WordClass.Negation) || t.Is(k, "n't"))
        {
            return null;
        }

        if (t.IsChar(k, ',') && Appositive(t, k, sentenceStart) is { } named)
        {
            return named; // "Flynn, a top surrogate, said"
        }

        if (t.IsChar(k, ')') && Parenthesis(t, k, sentenceStart) is { } open)
        {
            k = open - 1; // "Rep. Gwen Moore (D-Wis.) said"
        }

        if (k < sentenceStart)
        {
            return null;
        }

        if ((t.Has(k, WordClass.Pronoun) || t.Is(k, "who")) && t.Kind(k) == TokenKind.Word)
        {
            return new SpeakerPhrase(k, k, SourceForm.Pronoun); // "who" stands for the phrase before it
        }

        var first = -1;
        var unknown = 0;
        for (var j = k; j >= sentenceStart && k - j < MaxLength; j--)
        {
            var kind = t.Kind(j);
            var cls = t.ClassOf(j);
            if (kind == TokenKind.Clitic && t.Word(j).Length == 2 && j < k)
            {
                first = j; // possessive 's inside the phrase
                continue;
            }

            if (kind == TokenKind.Quote && t.SegmentOf(j) < 0 && j < k)
            {
                continue; // the marks of a nickname: Sergeant Pavlo "Bear" Kuzmenko
            }

            if (kind == TokenKind.Abbreviation || (kind == TokenKind.Word && t.IsCapitalized(j)))
            {
                if ((cls & WordClass.Determiner) != 0)
                {
                    first = j;
                    if (OfPhrase(t, j, sentenceStart))
                    {
                        continue;
                    }

                    break;
                }

                if ((cls & (WordClass.Stop | WordClass.Pronoun | WordClass.Skip)) != 0 && (cls & WordClass.Head) == 0)
                {
                    break;
                }

                first = j;
                continue;
            }

            if (kind != TokenKind.Word)
            {
                break;
            }

            if ((cls & WordClass.Determiner) != 0)
            {
                first = j;
                if (OfPhrase(t, j, sentenceStart))
                {
                    continue;
                }

                break;
            }

            if ((cls & (WordClass.Role | WordClass.Modifier | WordClass.Group | WordClass.Institution)) != 0
                || (j < k && (t.Is(j, "of") || t.Is(j, "for"))))
            {
                first = j;
                continue;
            }

            if ((cls & ~WordClass.Country) != 0 || ++unknown > 2)
            {
                break;
            }

            first = j;
        }

        return first < 0 ? null : Validate(t, first, k);
    }

    // "the head of the regional administration said": a determiner after "of" opens the complement of a
    // role noun, so the phrase goes on to the role ("head of", "spokesman for").
    private static bool OfPhrase(QuoteText t, int determiner, int sentenceStart) =>
        determiner - 2 >= sentenceStart && (t.Is(determiner - 1, "of") || t.Is(determiner - 1, "for")) && t.Has(determiner - 2, WordClass.Role);

    /// <summary>The phrase starting at <paramref name="start"/> after a cue ("said Gen. X", "according to the ministry").</summary>
    public static SpeakerPhrase? After(QuoteText t, int start, bool allowLower)
    {
        if (start >= t.Count || t.Has(start, WordClass.Platform))
        {
            return null;
        }

        var last = -1;
        var unknown = 0;
        var descriptors = 0;
        for (var j = start; j < t.Count && j - start < MaxLength; j++)
        {
            if (t.SegmentOf(j) >= 0 || (j > start && t.Tokens[j].LineBreakBefore))
            {
                break;
            }

            var kind = t.Kind(j);
            var cls = t.ClassOf(j);
            if (last < 0 && !allowLower && descriptors < 3 && cls == WordClass.None && j + 1 < t.Count
                && (kind == TokenKind.Number || IsDescriptorWord(t, j) || (t.IsChar(j, '/') && t.Kind(j + 1) == TokenKind.Number)))
            {
                descriptors++; // a descriptor before the name: "said 9/11 widow Terry Strada"
                continue;
            }

            if ((kind == TokenKind.Clitic && t.Word(j).Length == 2 && j > start) || (kind == TokenKind.Quote && t.SegmentOf(j) < 0 && j > start))
            {
                continue;
            }

            if (kind == TokenKind.Abbreviation || (kind == TokenKind.Word && t.IsCapitalized(j)))
            {
                if ((cls & WordClass.Stop) != 0 && (cls & WordClass.Head) == 0 || ((cls & WordClass.Platform) != 0 && j > start && t.Is(j - 1, "on")))
                {
                    break;
                }

                last = j;
                continue;
            }

            if (kind != TokenKind.Word)
            {
                break;
            }

            // "according to her, ...": the possessive determiner standing alone is the object pronoun.
            if (j == start && t.Is(j, "her") && (j + 1 >= t.Count || t.Kind(j + 1) != TokenKind.Word))
            {
                return new SpeakerPhrase(j, j, SourceForm.Pronoun);
            }

            if ((cls & WordClass.Determiner) != 0 && j == start)
            {
                continue;
            }

            if ((cls & (WordClass.Role | WordClass.Modifier | WordClass.Group | WordClass.Institution | WordClass.Pronoun)) != 0)
            {
                last = j;
                if ((cls & WordClass.Pronoun) != 0)
                {
                    break;
                }

                continue;
            }

            if ((t.Is(j, "of") || t.Is(j, "for")) && last >= 0)
            {
                continue;
            }

            if (allowLower && (cls & (WordClass.Stop | WordClass.Skip | WordClass.Be)) == 0 && ++unknown <= 3)
            {
                last = j;
                continue;
            }

            break;
        }

        return last < 0 ? null : Validate(t, start, last);
    }

    /// <summary>A lower-case content word that may describe a person before the name ("widow", "host"), not a preposition.</summary>
    private static bool IsDescriptorWord(QuoteText t, int i) =>
        t.IsLowerWord(i) && t.Word(i).Length >= 4 && !Prepositions.Contains(t.Word(i));

    private static bool IsAdverb(QuoteText t, int i) =>
        t.IsLowerWord(i) && t.Word(i).EndsWith("ly", StringComparison.Ordinal) && t.Word(i).Length > 4;

    /// <summary>Trims the phrase to a sensible start and decides its form; null when it has no head.</summary>
    private static SpeakerPhrase? Validate(QuoteText t, int first, int last)
    {
        // Leading "of"/"for" or unknown lower-case words belong to whatever came before; right after a comma
        // they open the phrase ("..., city officials said").
        while (first < last && t.IsLowerWord(first) && (t.ClassOf(first) & (WordClass.Determiner | WordClass.Role | WordClass.Modifier | WordClass.Group | WordClass.Institution)) == 0
            && !(t.IsChar(first - 1, ',') && t.ClassOf(first) == WordClass.None && !t.Is(first, "of") && !t.Is(first, "for")))
        {
            first++;
        }

        if (t.Kind(first) == TokenKind.Clitic)
        {
            return null;
        }

        var headClass = t.ClassOf(last);
        var anchored = t.Has(first, WordClass.Determiner) || t.IsCapitalized(first);
        if (t.Has(last, WordClass.Pronoun) && first == last)
        {
            return new SpeakerPhrase(first, last, SourceForm.Pronoun);
        }

        if (t.IsCapitalized(last))
        {
            var form = (headClass & (WordClass.Institution | WordClass.Country)) != 0 ? SourceForm.Institution
                : (headClass & (WordClass.Role | WordClass.Group)) != 0 ? SourceForm.Nominal
                : SourceForm.Name;
            return new SpeakerPhrase(first, last, form);
        }

        if ((headClass & WordClass.Institution) != 0 && anchored)
        {
            return new SpeakerPhrase(first, last, SourceForm.Institution);
        }

        if ((headClass & (WordClass.Role | WordClass.Group)) != 0 || (anchored && headClass == WordClass.None && t.IsLowerWord(last)))
        {
            return new SpeakerPhrase(first, last, SourceForm.Nominal);
        }

        return null;
    }
}
