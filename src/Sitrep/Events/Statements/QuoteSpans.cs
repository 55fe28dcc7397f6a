using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// The document's quotes sorted by cue and by content start, so the statement reader's three questions per
/// predicate (the quote whose cue it is, the first quote after it in its sentence, any quote in a sentence)
/// are binary searches: scanning every quote for every predicate made one-line texts of a few MB slow. Each
/// answer is the one a scan of <see cref="QuoteRecord"/>s in report order gives (the lowest index wins).
/// </summary>
internal sealed class QuoteSpans
{
    private readonly IReadOnlyList<QuoteRecord> _quotes;
    private readonly (int Start, int End, int Index)[] _cues;
    private readonly int _longestCue;
    private readonly (int Start, int End, int Index)[] _contents;

    // The largest end among the non-empty contents up to each position of _contents (start order).
    private readonly int[] _maxEnd;

    public QuoteSpans(IReadOnlyList<QuoteRecord> quotes)
    {
        _quotes = quotes;
        var cues = new List<(int, int, int)>();
        var contents = new (int Start, int End, int Index)[quotes.Count];
        for (var i = 0; i < quotes.Count; i++)
        {
            if (quotes[i].Cue is { } cue)
            {
                cues.Add((cue.Start, cue.End, i));
                _longestCue = Math.Max(_longestCue, cue.Length);
            }

            contents[i] = (quotes[i].Content.Start, quotes[i].Content.End, i);
        }

        _cues = [.. cues];
        Array.Sort(_cues);
        Array.Sort(contents);
        _contents = contents;
        _maxEnd = new int[contents.Length];
        var max = int.MinValue;
        for (var i = 0; i < contents.Length; i++)
        {
            if (contents[i].End > contents[i].Start)
            {
                max = Math.Max(max, contents[i].End);
            }

            _maxEnd[i] = max;
        }
    }

    /// <summary>The first quote whose cue overlaps <paramref name="span"/>.</summary>
    public QuoteRecord? ByCue(TextSpan span)
    {
        var best = int.MaxValue;
        for (var i = FirstStartingAtOrAfter(_cues, span.Start - _longestCue); i < _cues.Length && _cues[i].Start < span.End; i++)
        {
            if (new TextSpan(_cues[i].Start, _cues[i].End).Overlaps(span))
            {
                best = Math.Min(best, _cues[i].Index);
            }
        }

        return best == int.MaxValue ? null : _quotes[best];
    }

    /// <summary>
    /// The first quote whose content starts at or after <paramref name="span"/>'s start and overlaps it (so is
    /// not empty and starts before its end).
    /// </summary>
    public QuoteRecord? StartingIn(TextSpan span)
    {
        var best = int.MaxValue;
        for (var i = FirstStartingAtOrAfter(_contents, span.Start); i < _contents.Length && _contents[i].Start < span.End; i++)
        {
            if (_contents[i].End > _contents[i].Start)
            {
                best = Math.Min(best, _contents[i].Index);
            }
        }

        return best == int.MaxValue ? null : _quotes[best];
    }

    /// <summary>True when some quote's content overlaps <paramref name="span"/>.</summary>
    public bool AnyOverlapping(TextSpan span)
    {
        // Overlapping: both non-empty, the content starting before the span's end and ending after its start.
        var before = FirstStartingAtOrAfter(_contents, span.End) - 1;
        return span.End > span.Start && before >= 0 && _maxEnd[before] > span.Start;
    }

    private static int FirstStartingAtOrAfter((int Start, int End, int Index)[] spans, int offset)
    {
        var (low, high) = (0, spans.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = spans[middle].Start < offset ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
