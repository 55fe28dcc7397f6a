using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Places;

/// <summary>
/// One place of a document, resolved (or not) to the gazetteer, with every mention and the rule that
/// decided the resolution (shown in the evidence view).
/// </summary>
public sealed class Place
{
    private readonly List<TextSpan> _mentions = [];
    private int _longest;

    internal Place(string id, string name, PlaceKind kind)
    {
        Id = id;
        Name = name;
        Kind = kind;
    }

    /// <summary>Report id such as <c>P1</c>.</summary>
    public string Id { get; }

    /// <summary>Preferred English name.</summary>
    public string Name { get; set; }

    /// <summary>City, admin1, admin2, country, region or other.</summary>
    public PlaceKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string? Country { get; set; }

    /// <summary>English admin-1 name ("Sumy Oblast").</summary>
    public string? Admin1 { get; set; }

    /// <summary>Latitude.</summary>
    public double? Lat { get; set; }

    /// <summary>Longitude.</summary>
    public double? Lon { get; set; }

    /// <summary>GeoNames id.</summary>
    public long? GeonamesId { get; set; }

    /// <summary>GeoNames id of the admin-1 region (for evaluation against GeoNames-linked gold).</summary>
    public long? Admin1GeonamesId { get; set; }

    /// <summary>Which resolution rule decided (e.g. "context: X, Y", "population").</summary>
    public string? Rule { get; set; }

    /// <summary>Mentions in text order.</summary>
    public IReadOnlyList<TextSpan> Mentions => _mentions;

    /// <summary>Adds a mention, keeping text order and ignoring repeats.</summary>
    public void AddMention(TextSpan span)
    {
        // Binary search (mentions are in start order): a linear scan made a name repeated thousands of times quadratic.
        var (low, high) = (0, _mentions.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = _mentions[middle].Start <= span.Start ? (middle + 1, high) : (low, middle);
        }

        for (var k = low - 1; k >= 0 && _mentions[k].Start == span.Start; k--)
        {
            if (_mentions[k] == span)
            {
                return;
            }
        }

        _mentions.Insert(low, span);
        _longest = Math.Max(_longest, span.Length);
        Index?.Add(this, span);
    }

    /// <summary>
    /// The first mention (in text order) overlapping <paramref name="span"/>, if any: one that overlaps starts
    /// before the span's end and no further back than the longest mention, so a binary search finds the few to look at.
    /// </summary>
    public TextSpan? FirstOverlapping(TextSpan span)
    {
        var (low, high) = (0, _mentions.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = _mentions[middle].Start < span.Start - _longest ? (middle + 1, high) : (low, middle);
        }

        for (var i = low; i < _mentions.Count && _mentions[i].Start < span.End; i++)
        {
            if (_mentions[i].Overlaps(span))
            {
                return _mentions[i];
            }
        }

        return null;
    }

    /// <summary>The set's index of every mention, told about each new one; and this place's creation number in it.</summary>
    internal (MentionsByStart Mentions, int Ordinal)? Owner { get; set; }

    private MentionsByStart? Index => Owner?.Mentions;

    /// <summary>The report record of this place.</summary>
    public PlaceRecord ToRecord() => new()
    {
        Id = Id,
        Name = Name,
        Kind = Kind,
        Country = Country,
        Admin1 = Admin1,
        Lat = Lat,
        Lon = Lon,
        GeonamesId = GeonamesId,
        Mentions = [.. _mentions],
    };
}
