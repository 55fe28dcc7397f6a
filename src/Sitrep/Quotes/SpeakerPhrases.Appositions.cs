using Sitrep.Text;

namespace Sitrep.Quotes;

// Appositions and parentheses between a speaker's name and the cue ("Flynn, a top surrogate, said").
internal static partial class SpeakerPhrases
{
    /// <summary>
    /// The subject before one or more appositions ending at <paramref name="comma"/>: "Flynn, a top
    /// surrogate, said"; "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said".
    /// The phrase in subject position (opening the sentence or right after a closing quote) wins, unless it is a role
    /// and a name stands in apposition to it.
    /// </summary>
    private static SpeakerPhrase? Appositive(QuoteText t, int comma, int sentenceStart)
    {
        SpeakerPhrase? first = null;
        var commas = 0;
        for (var j = comma - 2; j > sentenceStart && comma - j < 40; j--)
        {
            if (t.SegmentOf(j) >= 0 || t.IsTerminal(j))
            {
                return first;
            }

            if (!t.IsChar(j, ','))
            {
                continue;
            }

            if (Before(t, j, sentenceStart) is not { } phrase || phrase.Last != j - 1 || phrase.Form == SourceForm.Pronoun || !OpensApposition(t, j + 1))
            {
                return first;
            }

            // "Ukraine's ambassador, Ostap Horbach, replied": a role opening the sentence is described by the name in
            // apposition to it, and the name is the speaker. (After a closing quote the role stays the source: the
            // direct quote's attribution is read from the words right after it.)
            if (InSubjectPosition(t, phrase.First, sentenceStart))
            {
                return phrase.Form == SourceForm.Nominal && phrase.First == sentenceStart
                    && (first ?? Before(t, comma, sentenceStart)) is { Form: SourceForm.Name } name && name.Last == comma - 1 ? name : phrase;
            }

            first ??= phrase;
            if (++commas == 3)
            {
                break;
            }
        }

        return first;
    }

    /// <summary>
    /// True when token <paramref name="i"/> can open an apposition or an aside about the subject: a noun
    /// phrase, a relative clause ("who served as ...") or a participle ("speaking to reporters").
    /// </summary>
    private static bool OpensApposition(QuoteText t, int i) =>
        t.Has(i, WordClass.Determiner) || t.IsCapitalized(i) || t.Kind(i) == TokenKind.Number || t.Is(i, "one")
        || t.Has(i, WordClass.Role | WordClass.Modifier) || t.Is(i, "who") || t.Is(i, "which")
        || (t.IsLowerWord(i) && t.Word(i).EndsWith("ing", StringComparison.Ordinal));

    private static bool InSubjectPosition(QuoteText t, int first, int sentenceStart) =>
        first == sentenceStart || t.ClosesSegment(first - 1) || (t.IsChar(first - 1, ',') && t.ClosesSegment(first - 2));

    private static int? Parenthesis(QuoteText t, int close, int sentenceStart)
    {
        for (var j = close - 1; j >= sentenceStart && close - j < 10; j--)
        {
            if (t.IsChar(j, '('))
            {
                return j;
            }
        }

        return null;
    }
}
