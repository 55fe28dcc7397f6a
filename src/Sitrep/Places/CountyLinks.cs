using Sitrep.Reporting;

namespace Sitrep.Places;

/// <summary>
/// Town-and-county pairs among a document's candidate readings: "Paris" and "Henry County" are each ambiguous,
/// but only Paris, Tennessee lies in a Henry County. Built once per document from every mention's candidates
/// (not from resolutions, so two wrong first guesses cannot hide the pair).
/// </summary>
internal sealed class CountyLinks
{
    // Admin-2 code -> the name whose candidates hold it, or null when two different names do.
    private readonly Dictionary<string, string?> _countyCandidates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _townCounties = new(StringComparer.Ordinal);

    /// <summary>No links (documents without county mentions).</summary>
    public static CountyLinks None { get; } = new();

    /// <summary>True when no name of the document is a county reading.</summary>
    public bool IsEmpty => _countyCandidates.Count == 0;

    /// <summary>Records candidate <paramref name="entry"/> of the mention named <paramref name="name"/>.</summary>
    public void Add(string name, GeoEntry entry)
    {
        if (entry.Admin2Code is not { } code)
        {
            return;
        }

        if (entry.Kind == PlaceKind.Admin2)
        {
            Note(_countyCandidates, code, name);
        }
        else if (entry.Kind == PlaceKind.City)
        {
            Note(_townCounties, code, name);
        }
    }

    /// <summary>True when <paramref name="entry"/> (a reading of <paramref name="name"/>) pairs with another name's reading.</summary>
    public bool Pairs(string name, GeoEntry entry)
    {
        if (entry.Admin2Code is not { } code)
        {
            return false;
        }

        var map = entry.Kind switch
        {
            PlaceKind.City => _countyCandidates,
            PlaceKind.Admin2 => _townCounties,
            _ => null,
        };
        return map is not null && map.TryGetValue(code, out var other) && other != name;
    }

    private static void Note(Dictionary<string, string?> map, string code, string name)
    {
        if (map.TryGetValue(code, out var seen))
        {
            if (seen is not null && seen != name)
            {
                map[code] = null;
            }
        }
        else
        {
            map[code] = name;
        }
    }
}
