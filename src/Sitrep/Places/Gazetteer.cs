using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Sitrep.Lexicons;
using Sitrep.Reporting;

namespace Sitrep.Places;

/// <summary>
/// The offline gazetteer: GeoNames countries, admin-1/admin-2 units and populated places (cities500), plus
/// curated overrides and wider regions, indexed by <see cref="PlaceKey"/>. Loaded once, lazily, from the
/// engine's embedded data; immutable and thread-safe afterwards.
/// </summary>
internal sealed class Gazetteer
{
    private const string DataResource = "Sitrep.Places.Data.gazetteer.bin";
    private static readonly Lazy<Gazetteer> SharedInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static volatile GazetteerImage? s_image;

    private readonly KeyIndex _names;
    private readonly KeyIndex _districtStems;
    private readonly Dictionary<string, int> _admin1ByCode;
    private readonly Dictionary<string, int> _countryByIso;
    private readonly FrozenDictionary<string, string> _demonyms;
    private readonly FrozenSet<string> _stopWords;
    private readonly FrozenSet<string> _anyCaseStarts;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _anyCaseStartsBySpan;
    private readonly GazetteerImage? _image; // keeps the mapped image the columns point into referenced

    /// <summary>
    /// A gazetteer over <paramref name="entries"/>; <paramref name="names"/> postings are packed <see cref="NameHit"/>s.
    /// <paramref name="lookups"/> are given when already known (a gazetteer image stores them) and computed
    /// from the entries otherwise; <paramref name="image"/> is the image the columns point into, if any.
    /// </summary>
    public Gazetteer(EntryTable entries, KeyIndex names, KeyIndex districtStems, int maxWords,
        FrozenDictionary<string, string> demonyms, FrozenSet<string> stopWords,
        GazetteerLookups? lookups = null, GazetteerImage? image = null)
    {
        _image = image;
        Entries = entries;
        _names = names;
        _districtStems = districtStems;
        _demonyms = demonyms;
        _stopWords = stopWords;
        MaxWords = maxWords;
        Lookups = lookups ?? GazetteerLookups.Compute(entries, names);
        _admin1ByCode = Lookups.Admin1ByCode;
        _countryByIso = Lookups.CountryByIso;
        _anyCaseStarts = Lookups.AnyCaseStarts.ToFrozenSet(StringComparer.Ordinal);
        _anyCaseStartsBySpan = _anyCaseStarts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The gazetteer shared by every stage of the process.</summary>
    public static Gazetteer Shared => SharedInstance.Value;

    /// <summary>Every entry; <see cref="GeoEntry.Index"/> is its position.</summary>
    public EntryTable Entries { get; }

    /// <summary>Most words in any indexed name.</summary>
    public int MaxWords { get; }

    /// <summary>The name index (the image writer stores it).</summary>
    internal KeyIndex Names => _names;

    /// <summary>The district-stem index (the image writer stores it).</summary>
    internal KeyIndex DistrictStems => _districtStems;

    /// <summary>Demonym keys and what they name (the image writer stores them).</summary>
    internal FrozenDictionary<string, string> Demonyms => _demonyms;

    /// <summary>What the gazetteer derived from its entries (the image writer stores it).</summary>
    internal GazetteerLookups Lookups { get; }

    /// <summary>True when this gazetteer reads a mapped image rather than arrays inflated from the embedded data.</summary>
    internal bool FromImage => _image is not null;

    /// <summary>
    /// Makes the loads that follow (and <see cref="Shared"/>, if not loaded yet) read <paramref name="image"/>
    /// when it was made from the embedded data; a stale or foreign image is ignored.
    /// </summary>
    internal static void UseImage(GazetteerImage? image) => s_image = image;

    /// <summary>
    /// The gazetteer: the image handed over by <see cref="UseImage"/> when it matches the embedded data,
    /// otherwise the embedded binary inflated (callers use <see cref="Shared"/>; the benchmark times it).
    /// </summary>
    internal static Gazetteer Load() => Load(useImage: true);

    /// <summary>As <see cref="Load()"/>; <paramref name="useImage"/> false always inflates the embedded binary (the image writer reads that).</summary>
    internal static Gazetteer Load(bool useImage)
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(DataResource)
            ?? throw new InvalidOperationException($"Embedded gazetteer '{DataResource}' is missing from the engine build.");
        var stopWords = LexiconResource.ReadLines("place-stopwords.txt").Select(w => PlaceKey.Of(w)).ToFrozenSet(StringComparer.Ordinal);
        return useImage && s_image is { } image && image.Matches(GazetteerImage.Stamp.Of(stream))
            ? image.Open(stopWords)
            : GazetteerBinary.Read(stream, stopWords);
    }

    /// <summary>The stamp of the embedded binary (an image records it).</summary>
    internal static GazetteerImage.Stamp EmbeddedStamp()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(DataResource)
            ?? throw new InvalidOperationException($"Embedded gazetteer '{DataResource}' is missing from the engine build.");
        return GazetteerImage.Stamp.Of(stream);
    }

    /// <summary>Entries named <paramref name="key"/> (a <see cref="PlaceKey"/>).</summary>
    public ReadOnlySpan<NameHit> Lookup(string key) => MemoryMarshal.Cast<int, NameHit>(_names.Get(key));

    /// <summary>True when some entry is named <paramref name="key"/>.</summary>
    public bool Contains(ReadOnlySpan<char> key) => _names.Find(key) >= 0;

    /// <summary>Admin-2 units whose name stem is <paramref name="key"/> ("konotop" for Konotopskyi Raion).</summary>
    public ReadOnlySpan<int> Districts(string key) => _districtStems.Get(key);

    /// <summary>The admin-1 unit with GeoNames code <paramref name="code"/> ("UA.21").</summary>
    public GeoEntry? Admin1(string? code) => code is not null && _admin1ByCode.TryGetValue(code, out var i) ? Entries[i] : null;

    /// <summary>The country with ISO code <paramref name="iso"/>.</summary>
    public GeoEntry? Country(string? iso) => iso is not null && _countryByIso.TryGetValue(iso, out var i) ? Entries[i] : null;

    /// <summary>
    /// What a demonym key names ("russian" -> "RU", "european" -> "Europe"): the ISO code of its country or the
    /// name of a curated region; null when the key is no demonym.
    /// </summary>
    public string? DemonymCountry(string key) => _demonyms.TryGetValue(key, out var iso) ? iso : null;

    /// <summary>The place a demonym's target (<see cref="DemonymCountry"/>) stands for: a country or a curated region.</summary>
    public GeoEntry? DemonymPlace(string? target)
    {
        if (target is null)
        {
            return null;
        }

        if (Country(target) is { } country)
        {
            return country;
        }

        foreach (var hit in Lookup(PlaceKey.Of(target)))
        {
            if (Entries[hit.Entry].Kind == PlaceKind.Region)
            {
                return Entries[hit.Entry];
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="firstWordKey"/> starts a name matched in any case ("high" of "high north").</summary>
    public bool StartsAnyCaseName(ReadOnlySpan<char> firstWordKey) => _anyCaseStartsBySpan.Contains(firstWordKey);

    /// <summary>True for a capitalised word that never stands alone for a place ("May", "Police").</summary>
    public bool IsStopWord(string key) => _stopWords.Contains(key);
}
