using Sitrep.Reporting;

namespace Sitrep.Places;

/// <summary>One gazetteer entry: a country, admin-1 or admin-2 unit, populated place or wider region.</summary>
internal sealed class GeoEntry
{
    /// <summary>Position in <see cref="Gazetteer.Entries"/>.</summary>
    public required int Index { get; init; }

    /// <summary>City, admin1, admin2, country or region.</summary>
    public required PlaceKind Kind { get; init; }

    /// <summary>Preferred English name (overrides applied).</summary>
    public required string Name { get; set; }

    /// <summary>Latitude in degrees.</summary>
    public required double Lat { get; init; }

    /// <summary>Longitude in degrees.</summary>
    public required double Lon { get; init; }

    /// <summary>GeoNames id (null for curated entries).</summary>
    public long? GeonamesId { get; init; }

    /// <summary>GeoNames feature code of a populated place ("PPLA2"); the kind for others.</summary>
    public string FeatureCode { get; init; } = "";

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string? Country { get; set; }

    /// <summary>GeoNames admin-1 code such as <c>UA.21</c>.</summary>
    public string? Admin1Code { get; init; }

    /// <summary>GeoNames admin-2 code such as <c>UA.21.5902</c>.</summary>
    public string? Admin2Code { get; init; }

    /// <summary>ISO 3166-2 code of an admin-1 unit ("UA-59").</summary>
    public string? Iso { get; init; }

    /// <summary>Population (0 when unknown).</summary>
    public long Population { get; init; }

    /// <summary>A wider region written in lower case in news ("the high north"): matched in any case.</summary>
    public bool AnyCase { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Kind}, {Country} {Admin1Code}, {GeonamesId})";
}

/// <summary>
/// One name of an entry: the entry's index and whether the name is its main name. Packed into one
/// <see cref="int"/> (index * 2 + primary) so the binary gazetteer's postings are read as hits without copying.
/// </summary>
internal readonly struct NameHit
{
    private readonly int _packed;

    /// <summary>A hit on entry <paramref name="entry"/>; <paramref name="primary"/> for the main (or curated) name.</summary>
    public NameHit(int entry, bool primary) => _packed = (entry << 1) | (primary ? 1 : 0);

    /// <summary>Index of the entry.</summary>
    public int Entry => _packed >> 1;

    /// <summary>True for the main (or curated) name, false for an alternate name.</summary>
    public bool Primary => (_packed & 1) != 0;

    /// <summary>The packed form (index * 2 + primary) stored in the binary gazetteer.</summary>
    public int Packed => _packed;
}
