namespace Sitrep.Events;

/// <summary>
/// Whether a sentence tallies many attacks ("386 strikes on 12 settlements of the region over the past
/// day", "attacked Kherson Oblast 94 times") rather than telling one incident: a count of two or more
/// before a unit of attacks or places, or a span that gathers them. A tally is a summary event.
/// </summary>
internal static class Tally
{
    /// <summary>True when tokens [start, end) hold a tally.</summary>
    public static bool In(Words w, int start, int end, out bool counted)
    {
        counted = false;
        var spanned = false;
        var units = false;
        var lexicon = EventLexicon.Instance;
        for (var i = start; i < end; i++)
        {
            if (!lexicon.Aggregates.TryMatch(w.Lower, i, end, out var length, out var kind))
            {
                continue;
            }

            if (kind == "span")
            {
                spanned = true;
            }
            else if (i > start && QuantityBefore(w, start, i) is >= 2)
            {
                counted = true;
            }
            else
            {
                units = true;
            }

            i += length - 1;
        }

        // A span over plural places ("over the day the occupiers attacked the region's settlements") is a tally too.
        counted |= spanned && units;
        return counted || spanned;
    }

    // "386 strikes", "27 settlements", "12 other settlements"
    private static int? QuantityBefore(Words w, int start, int unit)
    {
        for (var k = unit - 1; k >= Math.Max(start, unit - 3); k--)
        {
            if (QuantityReader.TryRead(w, k, unit, out var q, out var next) && (next == unit || (next == unit - 1 && w.Lower[next] is "other" or "more" or "enemy" or "russian" or "ukrainian")))
            {
                return q.Best;
            }
        }

        return null;
    }
}
