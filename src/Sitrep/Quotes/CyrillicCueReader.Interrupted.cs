using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// A quote the attribution interrupts inside one pair of marks, as Ukrainian and Russian print it:
/// <c>«Перша частина, — сказав він. — Друга частина»</c>; the attribution sits between two dashes, the
/// first after a comma (or ! ? …), the second after a full stop or a comma.
/// </summary>
internal static partial class CyrillicCueReader
{
    /// <summary>The interrupted quote whose first dash is token <paramref name="dash"/>, if it is one.</summary>
    private static Attribution? Interrupted(QuoteText t, int dash)
    {
        var g = t.SegmentOf(dash);
        if (t.Kind(dash) != TokenKind.Dash || g < 0 || t.Segments[g].Capped || !IsCue(t, dash + 1)
            || !(t.IsChar(dash - 1, ',') || t.IsChar(dash - 1, '!') || t.IsChar(dash - 1, '?') || t.IsChar(dash - 1, '…')))
        {
            return null;
        }

        var segment = t.Segments[g].Span;
        var last = t.TokenAt(segment.End) - 1;
        var cue = dash + 1;
        var sourceLast = cue;
        while (sourceLast + 1 < last && t.Kind(sourceLast + 1) is TokenKind.Word or TokenKind.Abbreviation && sourceLast - cue < MaxSourceTokens)
        {
            sourceLast++;
        }

        var second = sourceLast + 1;
        if (second < last && (t.Kind(second) == TokenKind.Terminal || t.IsChar(second, ',')))
        {
            second++;
        }

        if (second >= last || t.Kind(second) != TokenKind.Dash || sourceLast == cue || second + 1 > last - 1)
        {
            return null;
        }

        var attribution = new Attribution { Trailing = true };
        attribution.Parts.Add(new TextSpan(segment.Start, t.Tokens[dash - 1].End));
        attribution.Parts.Add(new TextSpan(t.Tokens[second + 1].Start, segment.End));
        attribution.Cue = t.Span(cue, cue);
        SetSource(t, attribution, cue + 1, SourceEnd(t, t.SentenceAt(cue), cue + 1));
        return attribution.Source is null ? null : attribution;
    }
}
