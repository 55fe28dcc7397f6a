using System.Collections.Frozen;
using Sitrep.Reporting;

namespace Sitrep.Places;

/// <summary>
/// The offline gazetteer: GeoNames countries, admin-1/admin-2 units and populated places (cities500), plus
/// curated overrides and wider regions, indexed by <see cref="PlaceKey"/>. Loaded once, lazily, from the
/// engine's embedded data; immutable and thread-safe afterwards.
/// </summary>
internal sealed partial class Gazetteer
{
    private static readonly Lazy<Gazetteer> SharedInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, NameHit[]> _names;
    private readonly Dictionary<string, int[]> _districtStems;
    private readonly Dictionary<string, int> _admin1ByCode;
    private readonly Dictionary<string, int> _countryByIso;
    private readonly FrozenDictionary<string, string> _demonyms;
    private readonly FrozenSet<string> _stopWords;
    private readonly FrozenSet<string> _anyCaseStarts;

    private Gazetteer(List<GeoEntry> entries, Dictionary<string, NameHit[]> names, Dictionary<string, int[]> districtStems,
        FrozenDictionary<string, string> demonyms, FrozenSet<string> stopWords)
    {
        Entries = entries;
        _names = names;
        _districtStems = districtStems;
        _demonyms = demonyms;
        _stopWords = stopWords;
        _admin1ByCode = entries.Where(e => e.Kind == PlaceKind.Admin1 && e.Admin1Code is not null)
            .GroupBy(e => e.Admin1Code!).ToDictionary(g => g.Key, g => g.First().Index, StringComparer.Ordinal);
        _countryByIso = entries.Where(e => e.Kind == PlaceKind.Country)
            .ToDictionary(e => e.Country!, e => e.Index, StringComparer.Ordinal);
        _anyCaseStarts = names.Where(p => p.Value.Any(h => entries[h.Entry].AnyCase))
            .Select(p => p.Key.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        foreach (var key in names.Keys)
        {
            MaxWords = Math.Max(MaxWords, key.AsSpan().Count(' ') + 1);
        }
    }

    /// <summary>The gazetteer shared by every stage of the process.</summary>
    public static Gazetteer Shared => SharedInstance.Value;

    /// <summary>Every entry; <see cref="GeoEntry.Index"/> is its position.</summary>
    public IReadOnlyList<GeoEntry> Entries { get; }

    /// <summary>Most words in any indexed name.</summary>
    public int MaxWords { get; }

    /// <summary>Entries named <paramref name="key"/> (a <see cref="PlaceKey"/>).</summary>
    public ReadOnlySpan<NameHit> Lookup(string key) => _names.TryGetValue(key, out var hits) ? hits : [];

    /// <summary>True when some entry is named <paramref name="key"/>.</summary>
    public bool Contains(string key) => _names.ContainsKey(key);

    /// <summary>Admin-2 units whose name stem is <paramref name="key"/> ("konotop" for Konotopskyi Raion).</summary>
    public ReadOnlySpan<int> Districts(string key) => _districtStems.TryGetValue(key, out var hits) ? hits : [];

    /// <summary>The admin-1 unit with GeoNames code <paramref name="code"/> ("UA.21").</summary>
    public GeoEntry? Admin1(string? code) => code is not null && _admin1ByCode.TryGetValue(code, out var i) ? Entries[i] : null;

    /// <summary>The country with ISO code <paramref name="iso"/>.</summary>
    public GeoEntry? Country(string? iso) => iso is not null && _countryByIso.TryGetValue(iso, out var i) ? Entries[i] : null;

    /// <summary>The country of a demonym key ("russian", "ukrainians"), if it is one.</summary>
    public string? DemonymCountry(string key) => _demonyms.TryGetValue(key, out var iso) ? iso : null;

    /// <summary>True when <paramref name="firstWordKey"/> starts a name matched in any case ("high" of "high north").</summary>
    public bool StartsAnyCaseName(string firstWordKey) => _anyCaseStarts.Contains(firstWordKey);

    /// <summary>True for a capitalised word that never stands alone for a place ("May", "Police").</summary>
    public bool IsStopWord(string key) => _stopWords.Contains(key);
}
