namespace Sitrep.Places;

/// <summary>Read-only facts from the embedded gazetteer for callers outside the engine (evaluation, tools, benchmarks).</summary>
public static class GazetteerInfo
{
    /// <summary>GeoNames id of the country with ISO 3166-1 alpha-2 code <paramref name="iso"/>, if known.</summary>
    public static long? CountryGeonamesId(string? iso) => Gazetteer.Shared.Country(iso)?.GeonamesId;

    /// <summary>Number of entries (countries, admin units, places, regions); loads the gazetteer.</summary>
    public static int EntryCount => Gazetteer.Shared.Entries.Count;

    /// <summary>Loads a fresh copy of the embedded gazetteer, bypassing the shared one (to time start-up); returns its entry count.</summary>
    public static int LoadUncached() => Gazetteer.Load().Entries.Count;

    /// <summary>
    /// Packs the text gazetteer <paramref name="tsvGz"/> (built by <c>tools/gazetteer</c>) with the lines of
    /// <c>place-overrides.tsv</c> into the binary format the engine embeds; deterministic.
    /// </summary>
    public static void Pack(Stream tsvGz, IEnumerable<string> overrideLines, Stream output) =>
        GazetteerBinary.Write(GazetteerSource.Read(tsvGz, Overrides.Read(overrideLines)), output);
}
