using Sitrep.Reporting;

namespace Sitrep.Places;

/// <summary>What a document's other places say: admin-1 units, countries (also from demonyms) and points.</summary>
internal sealed class DocumentContext
{
    private readonly HashSet<string> _admin1 = new(StringComparer.Ordinal);
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);
    private readonly List<(double Lat, double Lon)> _points = [];

    /// <summary>No context (the first pass).</summary>
    public static DocumentContext Empty { get; } = new();

    /// <summary>The context of a first-pass resolution and the demonyms' countries.</summary>
    public static DocumentContext From(IEnumerable<Resolution> resolutions, IEnumerable<string?> demonymCountries)
    {
        var context = new DocumentContext();
        foreach (var r in resolutions)
        {
            if (r.Entry is not { } e)
            {
                continue;
            }

            if (e.Country is not null)
            {
                context._countries.Add(e.Country);
            }

            if (e.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.City && e.Admin1Code is not null)
            {
                context._admin1.Add(e.Admin1Code);
            }

            if (e.Kind is PlaceKind.City or PlaceKind.Admin2)
            {
                context._points.Add((e.Lat, e.Lon));
            }
        }

        foreach (var iso in demonymCountries)
        {
            if (iso is not null)
            {
                context._countries.Add(iso);
            }
        }

        return context;
    }

    /// <summary>True when another place of the document lies in (or is) country <paramref name="iso"/>.</summary>
    public bool HasCountry(string? iso) => iso is not null && _countries.Contains(iso);

    /// <summary>Bonus for <paramref name="entry"/>: same admin-1, same country, near another place.</summary>
    public double Bonus(GeoEntry entry, double admin1, double country, double nearby, double nearbyKm)
    {
        var bonus = 0.0;
        if (entry.Admin1Code is not null && entry.Kind != PlaceKind.Admin1 && _admin1.Contains(entry.Admin1Code))
        {
            bonus += admin1;
        }

        if (entry.Country is not null && _countries.Contains(entry.Country))
        {
            bonus += country;
        }

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
}
