using Sitrep.Reporting;

namespace Sitrep.Places;

/// <summary>What a document's other places say: admin-1 units, countries (also from demonyms) and points.</summary>
internal sealed class DocumentContext
{
    private readonly Dictionary<string, int> _admin1 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countries = new(StringComparer.Ordinal);
    private int _admin1Mentions;
    private int _countryMentions;
    // Each distinct point once: the bonus only asks whether any point is near, and a place named thousands of
    // times made every candidate's check scan thousands of copies of its point.
    private readonly List<(double Lat, double Lon)> _points = [];
    private readonly HashSet<(double Lat, double Lon)> _seenPoints = [];

    private CountyLinks _links = CountyLinks.None;
    private CandidateSupport _support = CandidateSupport.None;

    /// <summary>No context (the first pass).</summary>
    public static DocumentContext Empty { get; } = new();

    /// <summary>No resolved places yet, only the document's town-and-county pairs and candidate support (the first pass).</summary>
    public static DocumentContext WithLinks(CountyLinks links, CandidateSupport support) => new() { _links = links, _support = support };

    /// <summary>The context of a first-pass resolution, the demonyms' countries, the town-and-county pairs and the candidate support.</summary>
    public static DocumentContext From(IEnumerable<Resolution> resolutions, IEnumerable<string?> demonymCountries, CountyLinks links, CandidateSupport support)
    {
        var context = new DocumentContext { _links = links, _support = support };
        foreach (var r in resolutions)
        {
            if (r.Entry is not { } e)
            {
                continue;
            }

            if (e.Country is not null)
            {
                context.CountCountry(e.Country);
            }

            if (e.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.City && e.Admin1Code is not null)
            {
                context._admin1[e.Admin1Code] = context._admin1.GetValueOrDefault(e.Admin1Code) + 1;
                context._admin1Mentions++;
            }

            if (e.Kind is PlaceKind.City or PlaceKind.Admin2)
            {
                if (context._seenPoints.Add((e.Lat, e.Lon)))
                {
                    context._points.Add((e.Lat, e.Lon));
                }
            }
        }

        foreach (var iso in demonymCountries)
        {
            if (iso is not null)
            {
                context.CountCountry(iso);
            }
        }

        return context;
    }

    /// <summary>True when every other place and demonym of the document lies in country <paramref name="iso"/>.</summary>
    public bool IsOnlyCountry(string? iso) => _countries.Count == 1 && HasCountry(iso);

    /// <summary>True when another place of the document lies in admin-1 unit <paramref name="code"/> ("US.TX").</summary>
    public bool HasAdmin1(string? code) => code is not null && _admin1.ContainsKey(code);

    /// <summary>True when another place of the document lies in (or is) country <paramref name="iso"/>.</summary>
    public bool HasCountry(string? iso) => iso is not null && _countries.ContainsKey(iso);

    /// <summary>
    /// Bonus for <paramref name="entry"/>: same admin-1 and same country (a fixed part for being there at all plus a
    /// part growing with the share of the document's mentions there: a US local story is about the US), near
    /// another place, and a town and a county of two of the document's names that contain each other.
    /// </summary>
    public double Bonus(GeoEntry entry, in ContextWeights w, string name)
    {
        var bonus = _links.Pairs(name, entry) ? w.County : 0.0;
        if (entry.Kind is PlaceKind.City or PlaceKind.Admin2)
        {
            bonus += w.Candidates * _support.Share(name, entry.Admin1Code);
        }

        if (entry.Admin1Code is not null && entry.Kind != PlaceKind.Admin1 && _admin1.TryGetValue(entry.Admin1Code, out var inAdmin1))
        {
            bonus += w.Admin1 + (w.Admin1Share * inAdmin1 / _admin1Mentions);
        }

        if (entry.Country is not null && _countries.TryGetValue(entry.Country, out var inCountry))
        {
            bonus += w.Country + (w.CountryShare * inCountry / _countryMentions);
        }

        var nearby = w.Nearby;
        var nearbyKm = w.NearbyKm;

        // Equirectangular distance: exact enough at a few hundred km and much cheaper than haversine.
        var cosLat = Math.Cos(double.DegreesToRadians(entry.Lat));
        foreach (var (lat, lon) in _points)
        {
            var dx = (lon - entry.Lon) * cosLat;
            var dy = lat - entry.Lat;
            var km = Math.Sqrt(dx * dx + dy * dy) * 111.195;
            if (km > 0.5 && km < nearbyKm)
            {
                bonus += nearby;
                break;
            }
        }

        return bonus;
    }

    private void CountCountry(string iso)
    {
        _countries[iso] = _countries.GetValueOrDefault(iso) + 1;
        _countryMentions++;
    }
}

/// <summary>Weights of the document-context bonus (see <see cref="DocumentContext.Bonus"/>).</summary>
internal readonly record struct ContextWeights(double Admin1, double Admin1Share, double Country, double CountryShare, double Nearby, double NearbyKm, double County, double Candidates);
