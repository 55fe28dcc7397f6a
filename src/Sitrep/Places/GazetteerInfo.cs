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
    /// Writes the memory-mappable image of the embedded gazetteer (see <see cref="UseImage"/>) to
    /// <paramref name="output"/>; the same engine data always gives the same bytes.
    /// </summary>
    public static void WriteImage(Stream output) => GazetteerImage.Write(Gazetteer.Load(useImage: false), Gazetteer.EmbeddedStamp(), output);

    /// <summary>
    /// Makes the engine read its gazetteer from <paramref name="view"/>, a read-only mapping of a file written by
    /// <see cref="WriteImage"/>, when that was made from this engine's data (otherwise the embedded data is
    /// inflated as usual). Call before the first document; the mapping must stay open for the process's life.
    /// </summary>
    public static void UseImage(System.Runtime.InteropServices.SafeBuffer view) => Gazetteer.UseImage(new GazetteerImage(view));

    /// <summary>True when the shared gazetteer reads a mapped image (loads it).</summary>
    public static bool SharedFromImage => Gazetteer.Shared.FromImage;

    /// <summary>
    /// Packs the text gazetteer <paramref name="tsvGz"/> (built by <c>tools/gazetteer</c>) with the lines of
    /// <c>place-overrides.tsv</c> into the binary format the engine embeds; deterministic.
    /// </summary>
    public static void Pack(Stream tsvGz, IEnumerable<string> overrideLines, Stream output) =>
        GazetteerBinary.Write(GazetteerSource.Read(tsvGz, Overrides.Read(overrideLines)), output);
}
