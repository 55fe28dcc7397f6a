using Sitrep.Text;

namespace Sitrep.Reporting;

/// <summary>One place, resolved to the gazetteer where possible.</summary>
public sealed record PlaceRecord
{
    /// <summary>Id such as <c>P1</c>, stable within the report.</summary>
    public required string Id { get; init; }

    /// <summary>Preferred English name.</summary>
    public required string Name { get; init; }

    /// <summary>City, admin-1 region, admin-2 district, country, wider region or other.</summary>
    public required PlaceKind Kind { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string? Country { get; init; }

    /// <summary>English name of the admin-1 region ("Sumy Oblast").</summary>
    public string? Admin1 { get; init; }

    /// <summary>Latitude in degrees.</summary>
    public double? Lat { get; init; }

    /// <summary>Longitude in degrees.</summary>
    public double? Lon { get; init; }

    /// <summary>GeoNames id, when the place came from GeoNames.</summary>
    public long? GeonamesId { get; init; }

    /// <summary>Every mention of the place.</summary>
    public IReadOnlyList<TextSpan> Mentions { get; init; } = [];
}
