namespace Sitrep.Places;

/// <summary>Read-only facts from the embedded gazetteer for callers outside the engine (evaluation, tools).</summary>
public static class GazetteerInfo
{
    /// <summary>GeoNames id of the country with ISO 3166-1 alpha-2 code <paramref name="iso"/>, if known.</summary>
    public static long? CountryGeonamesId(string? iso) => Gazetteer.Shared.Country(iso)?.GeonamesId;

    /// <summary>Number of entries (countries, admin units, places, regions); loads the gazetteer.</summary>
    public static int EntryCount => Gazetteer.Shared.Entries.Count;
}
