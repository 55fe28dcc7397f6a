namespace Sitrep.Text;

/// <summary>
/// A fixed set of spans sorted by start, answering "does any overlap this span?" by binary search instead of
/// a scan: stages ask it once per candidate, and a scan made long texts quadratic.
/// </summary>
public sealed class SpanSet
{
    private readonly TextSpan[] _spans;
    private readonly int _longest;

    /// <summary>Creates the set from <paramref name="spans"/> (any order).</summary>
    public SpanSet(IEnumerable<TextSpan> spans)
    {
        _spans = [.. spans];
        Array.Sort(_spans, (a, b) => a.Start.CompareTo(b.Start));
        _longest = _spans.Length == 0 ? 0 : _spans.Max(s => s.Length);
    }

    /// <summary>True when some span of the set shares a code unit with <paramref name="span"/>.</summary>
    public bool AnyOverlaps(TextSpan span)
    {
        // An overlapping span starts before span's end and no further back than the longest span.
        var (low, high) = (0, _spans.Length);
        var from = span.Start - _longest;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = _spans[middle].Start <= from ? (middle + 1, high) : (low, middle);
        }

        for (var i = low; i < _spans.Length && _spans[i].Start < span.End; i++)
        {
            if (_spans[i].Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }
}
