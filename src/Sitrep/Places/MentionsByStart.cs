using Sitrep.Text;

namespace Sitrep.Places;

/// <summary>
/// Every mention of a <see cref="PlaceSet"/>'s places in start order (ties: place creation order, then the
/// order the place holds them), so <see cref="PlaceSet.Within"/> reads one sentence's mentions by binary
/// search: the events stage asks once per sentence, and gathering and sorting all mentions each time made
/// long texts quadratic.
/// </summary>
internal sealed class MentionsByStart
{
    private readonly List<(TextSpan Mention, int Ordinal, Place Place)> _mentions = [];
    private int _longest;

    public void Add(Place place, TextSpan mention)
    {
        var ordinal = place.Owner!.Value.Ordinal;
        var (low, high) = (0, _mentions.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var (m, o, _) = _mentions[middle];
            (low, high) = m.Start < mention.Start || (m.Start == mention.Start && o <= ordinal) ? (middle + 1, high) : (low, middle);
        }

        _mentions.Insert(low, (mention, ordinal, place));
        _longest = Math.Max(_longest, mention.Length);
    }

    /// <summary>
    /// The earliest created place with a mention overlapping <paramref name="span"/> (what a scan of the places in
    /// creation order finds), or null. An overlapping mention starts before the span's end and no further back
    /// than the longest mention; the events stage asks once per candidate token, and scanning every mention of
    /// every place made long texts slow.
    /// </summary>
    public Place? FirstOverlapping(TextSpan span)
    {
        var (low, high) = (0, _mentions.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = _mentions[middle].Mention.Start < span.Start - _longest ? (middle + 1, high) : (low, middle);
        }

        (Place Place, int Ordinal)? best = null;
        for (var i = low; i < _mentions.Count && _mentions[i].Mention.Start < span.End; i++)
        {
            var (mention, ordinal, place) = _mentions[i];
            if (mention.Overlaps(span) && (best is null || ordinal < best.Value.Ordinal))
            {
                best = (place, ordinal);
            }
        }

        return best?.Place;
    }

    /// <summary>Mentions inside <paramref name="span"/> with their places, in start order.</summary>
    public List<(Place Place, TextSpan Mention)> Within(TextSpan span)
    {
        var (low, high) = (0, _mentions.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = _mentions[middle].Mention.Start < span.Start ? (middle + 1, high) : (low, middle);
        }

        var found = new List<(Place, TextSpan)>();
        for (var i = low; i < _mentions.Count && _mentions[i].Mention.Start <= span.End; i++)
        {
            if (span.Contains(_mentions[i].Mention))
            {
                found.Add((_mentions[i].Place, _mentions[i].Mention));
            }
        }

        return found;
    }
}
