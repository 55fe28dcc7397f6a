using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// Turns of a printed interview transcript: paragraphs that open with a speaker label in capitals and
/// a colon (<c>"PENCE: Well, look, ...</c>). The rest of the paragraph is that speaker's direct quote.
/// A label counts when the document holds a dialogue (two labels or more, three turns or more), so
/// one-off headers such as <c>UPDATE:</c> or <c>CORRECTION:</c> are not speakers.
/// </summary>
internal static class TranscriptTurns
{
    private const int MaxLabelWords = 3;

    /// <summary>Adds one attribution per transcript turn.</summary>
    public static void Read(QuoteText t, List<Attribution> found)
    {
        var turns = new List<(int LabelFirst, int LabelLast, TextSpan Content)>();
        for (var s = 0; s < t.Sentences.Length; s++)
        {
            if (s > 0 && t.Sentences[s - 1].Paragraph == t.Sentences[s].Paragraph)
            {
                continue;
            }

            if (Turn(t, s) is { } turn)
            {
                turns.Add(turn);
            }
        }

        var labels = turns.Select(turn => Label(t, turn.LabelFirst, turn.LabelLast)).Distinct(StringComparer.Ordinal).Count();
        if (turns.Count < 3 || labels < 2)
        {
            return;
        }

        foreach (var (first, last, content) in turns)
        {
            var attribution = new Attribution
            {
                Kind = QuoteKind.Direct,
                Confidence = 0.85,
                Cue = t.Tokens[last + 1].Span,
                Source = t.Span(first, last),
                SourceTokens = (first, last),
                Form = SourceForm.Name,
                AttributionEnd = t.Tokens[last + 1].End,
            };
            attribution.Parts.Add(content);
            found.Add(attribution);
        }
    }

    /// <summary>The label and content of the paragraph opening with sentence <paramref name="s"/>, if it is a turn.</summary>
    private static (int, int, TextSpan)? Turn(QuoteText t, int s)
    {
        var first = t.Sentences[s].FirstToken;
        if (t.Kind(first) == TokenKind.Quote)
        {
            first++;
        }

        var last = first;
        while (last < t.Count && last - first < MaxLabelWords && IsCapsWord(t, last))
        {
            last++;
        }

        if (last == first || !t.IsChar(last, ':'))
        {
            return null;
        }

        var paragraph = t.Sentences[s].Paragraph;
        var end = s;
        while (end + 1 < t.Sentences.Length && t.Sentences[end + 1].Paragraph == paragraph)
        {
            end++;
        }

        var contentFirst = last + 1;
        var contentLast = t.Sentences[end].EndToken - 1;
        while (contentLast > contentFirst && t.Kind(contentLast) == TokenKind.Quote)
        {
            contentLast--;
        }

        return contentLast > contentFirst ? (first, last - 1, t.Span(contentFirst, contentLast)) : null;
    }

    private static bool IsCapsWord(QuoteText t, int i)
    {
        if (t.Kind(i) is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return false;
        }

        var word = t.Word(i);
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    private static string Label(QuoteText t, int first, int last) => t.Text[t.Tokens[first].Start..t.Tokens[last].End];
}
