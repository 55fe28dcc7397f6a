using Sitrep.Pipeline;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Places;

/// <summary>The places of one document, produced by the places stage and read by later stages.</summary>
public sealed class PlaceSet
{
    /// <summary>The annotation key the places stage produces.</summary>
    public static readonly AnnotationKey<PlaceSet> Key = new("places");

    private readonly List<Place> _places = [];
    private readonly MentionsByStart _mentions = new();

    /// <summary>All places in creation order.</summary>
    public IReadOnlyList<Place> Places => _places;

    /// <summary>Creates a place with a fresh id and its first mention.</summary>
    public Place Add(string name, PlaceKind kind, TextSpan mention)
    {
        var place = new Place($"P{_places.Count + 1}", name, kind) { Owner = (_mentions, _places.Count) };
        place.AddMention(mention);
        _places.Add(place);
        return place;
    }

    /// <summary>The place with a mention overlapping <paramref name="span"/>, if any.</summary>
    public Place? At(TextSpan span) => _mentions.FirstOverlapping(span);

    /// <summary>Places with a mention inside <paramref name="span"/>, in text order of that mention.</summary>
    public IEnumerable<(Place Place, TextSpan Mention)> Within(TextSpan span) => _mentions.Within(span);

    /// <summary>The places as report records, in creation order.</summary>
    public List<PlaceRecord> ToRecords() => [.. _places.Select(p => p.ToRecord())];
}
