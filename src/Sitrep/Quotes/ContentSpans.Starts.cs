using Sitrep.Text;

namespace Sitrep.Quotes;

// Where reported content starts when something stands before it: an addressee, an "of" phrase.
internal static partial class ContentSpans
{
    private const int PreambleWindow = 5;
    private const int AdjunctWindow = 8;

    /// <summary>
    /// The clause that resumes after a parenthetical attribution ending at token <paramref name="j"/>
    /// ("A, he said on Tuesday, B"): after a comma, or after a short adverbial and a comma. Null when
    /// nothing resumes or another attribution, a relative clause or a quote starts there.
    /// </summary>
    public static TextSpan? Resumed(QuoteText t, int j)
    {
        var comma = j;
        if (t.Has(j, WordClass.Adverbial))
        {
            while (comma < t.Count && comma < j + AdjunctWindow && !t.IsChar(comma, ',') && !t.IsTerminal(comma)
                && t.SegmentOf(comma) < 0 && (comma == j || !t.Tokens[comma].LineBreakBefore))
            {
                comma++;
            }
        }

        var next = comma + 1;
        if (!t.IsChar(comma, ',') || next >= t.Count || t.OpensSegment(next) || t.IsTerminal(next) || AfterComma(t, next + 1)
            || t.Has(next, WordClass.Adverbial) || t.Is(next, "who") || t.Is(next, "which") || StartsNewAttribution(t, next))
        {
            return null;
        }

        return From(t, next)?.Span;
    }

    /// <summary>
    /// The token opening a quote after a short addressee or "of X" phrase and a comma or colon
    /// ("told CBS, "..."", "said of Clinton, "...""); null when the cue's clause starts otherwise.
    /// </summary>
    private static int? QuoteAfterPreamble(QuoteText t, int j, CueFrame frame)
    {
        if (t.OpensSegment(j) || (frame != CueFrame.Object && !t.Is(j, "of")))
        {
            return null;
        }

        for (var k = j; k < t.Count && k < j + PreambleWindow; k++)
        {
            if (t.IsTerminal(k) || t.SegmentOf(k) >= 0)
            {
                return null;
            }

            if ((t.IsChar(k, ',') || t.IsChar(k, ':')) && t.OpensSegment(k + 1))
            {
                return k + 1;
            }
        }

        return null;
    }
}
