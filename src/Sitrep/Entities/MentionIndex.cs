using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// Every mention of a graph's entities sorted by start, so <see cref="EntityGraph.At"/> looks at the few
/// mentions near a span instead of all of them (it is asked once per candidate token by the quote and event
/// stages: scanning every mention made one-line texts of a few MB quadratic).
/// </summary>
internal sealed class MentionIndex
{
    private readonly List<(int Start, int End, int Entity)> _mentions = [];
    private int _longest;

    /// <summary>Records a mention of the entity created <paramref name="entity"/>-th (0-based).</summary>
    public void Add(TextSpan span, int entity)
    {
        var at = FirstStartingAtOrAfter(span.Start);
        _mentions.Insert(at, (span.Start, span.End, entity));
        _longest = Math.Max(_longest, span.Length);
    }

    /// <summary>
    /// The creation number of the entity whose mention overlaps <paramref name="span"/> most; on a tie the
    /// earliest created, as a scan of entities in creation order finds it. -1 when none overlaps.
    /// </summary>
    public int Best(TextSpan span)
    {
        var (best, bestOverlap) = (-1, 0);
        // A mention overlapping the span starts before its end and no further back than the longest mention.
        for (var i = FirstStartingAtOrAfter(span.Start - _longest); i < _mentions.Count && _mentions[i].Start < span.End; i++)
        {
            var (start, end, entity) = _mentions[i];
            var overlap = new TextSpan(start, end).OverlapLength(span);
            if (overlap > bestOverlap || (overlap == bestOverlap && overlap > 0 && entity < best))
            {
                (best, bestOverlap) = (entity, overlap);
            }
        }

        return best;
    }

    private int FirstStartingAtOrAfter(int offset)
    {
        var (low, high) = (0, _mentions.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_mentions[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
