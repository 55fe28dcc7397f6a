using System.Globalization;
using Sitrep.Reporting;

namespace Sitrep.Places;

/// <summary>The curated corrections of <c>Places/Data/place-overrides.tsv</c> (format in its header).</summary>
internal sealed class Overrides
{
    private readonly Dictionary<string, string> _countryNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Lat, double Lon)> _countryPoints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _admin1Names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _admin1Countries = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<string>> _aliases = [];
    private readonly HashSet<(long, string)> _removed = [];
    private readonly Dictionary<long, string> _names = [];
    private readonly Dictionary<string, List<string>> _countryAliases = new(StringComparer.Ordinal);
    private readonly List<string[]> _places = [];
    private readonly List<string[]> _regions = [];
    private readonly List<string[]> _demonyms = [];
    private readonly List<string[]> _regionDemonyms = [];

    private Overrides() { }

    /// <summary>Reads overrides from the lines of an overrides file (comments and blank lines are skipped).</summary>
    public static Overrides Read(IEnumerable<string> lines)
    {
        var o = new Overrides();
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var f = trimmed.Split('\t');
            switch (f[0])
            {
                case "country": o._countryNames[f[1]] = f[2]; break;
                case "countrypoint": o._countryPoints[f[1]] = (Num(f[2]), Num(f[3])); break;
                case "countryalias": o.CountryAliasesOf(f[1]).Add(f[2]); break;
                case "admin1": o._admin1Names[f[1]] = f[2]; break;
                case "admin1alias": o.CountryAliasesOf(f[1]).Add(f[2]); break;
                case "admin1cc": o._admin1Countries[f[1]] = f[2]; break;
                case "name": o._names[long.Parse(f[1], CultureInfo.InvariantCulture)] = f[2]; break;
                case "alias": o.AliasesOf(long.Parse(f[1], CultureInfo.InvariantCulture)).Add(PlaceKey.Of(f[2])); break;
                case "unalias": o._removed.Add((long.Parse(f[1], CultureInfo.InvariantCulture), PlaceKey.Of(f[2]))); break;
                case "place": o._places.Add(f); break;
                case "region": o._regions.Add(f); break;
                case "demonym": o._demonyms.Add(f); break;
                case "regiondemonym": o._regionDemonyms.Add(f); break;
                default: throw new InvalidDataException($"place-overrides.tsv: unknown directive '{f[0]}'");
            }
        }

        return o;
    }

    /// <summary>English display name of a country, when curated.</summary>
    public string? CountryName(string iso) => _countryNames.GetValueOrDefault(iso);

    /// <summary>The point a country is scored at, when curated (else the built gazetteer's point).</summary>
    public (double Lat, double Lon)? CountryPoint(string iso) => _countryPoints.TryGetValue(iso, out var p) ? p : null;

    /// <summary>Curated other names of a country ("UK", "Britain").</summary>
    public IEnumerable<string> CountryAliases(string iso) => _countryAliases.TryGetValue(iso, out var list) ? list : [];

    /// <summary>English display name of an admin-1 unit, when curated.</summary>
    public string? Admin1Name(string code) => _admin1Names.GetValueOrDefault(code);

    /// <summary>The country an admin-1 unit belongs to, when curated (Crimea -> UA).</summary>
    public string? Admin1Country(string code) => _admin1Countries.GetValueOrDefault(code);

    /// <summary>Curated names of a GeoNames place.</summary>
    public IEnumerable<string> Aliases(long geonameId) => _aliases.TryGetValue(geonameId, out var list) ? list : [];

    /// <summary>English display name of a GeoNames place, when curated ("Zaporizhzhia" for "Zaporizhzhya").</summary>
    public string? PlaceName(long geonameId) => _names.GetValueOrDefault(geonameId);

    /// <summary>True when the alternate name <paramref name="key"/> of <paramref name="geonameId"/> is removed.</summary>
    public bool IsRemoved(long geonameId, string key) => _removed.Contains((geonameId, key));

    /// <summary>Appends curated places and regions and the curated demonyms.</summary>
    public void AddCurated(List<GeoEntry> entries, Dictionary<string, NameHit[]> names, Dictionary<string, string> demonyms)
    {
        foreach (var f in _places)
        {
            var entry = new GeoEntry
            {
                Index = entries.Count, Kind = PlaceKind.City, Name = f[1], Lat = Num(f[2]), Lon = Num(f[3]), FeatureCode = f[4],
                Country = f[5], Admin1Code = f[5] + "." + f[6], Population = long.Parse(f[7], CultureInfo.InvariantCulture),
            };
            Add(entries, names, entry, f.Length > 8 ? f[8] : "");
        }

        foreach (var f in _regions)
        {
            var entry = new GeoEntry
            {
                Index = entries.Count, Kind = PlaceKind.Region, Name = f[1], Lat = Num(f[2]), Lon = Num(f[3]), FeatureCode = "RGN",
                AnyCase = f[4] == "yes",
            };
            Add(entries, names, entry, f.Length > 5 ? f[5] : "");
        }

        foreach (var f in _demonyms)
        {
            GazetteerSource.AddDemonym(demonyms, f[2], f[1]);
        }

        // A region adjective replaces a country-list entry ("European" is listed for the EU; it means Europe).
        foreach (var f in _regionDemonyms)
        {
            demonyms.Remove(PlaceKey.Of(f[2]));
            demonyms.Remove(PlaceKey.Of(f[2]) + "s");
            GazetteerSource.AddDemonym(demonyms, f[2], f[1]);
        }
    }

    private static void Add(List<GeoEntry> entries, Dictionary<string, NameHit[]> names, GeoEntry entry, string alternates)
    {
        entries.Add(entry);
        GazetteerSource.AddName(names, PlaceKey.Of(entry.Name), entry.Index, primary: true);
        foreach (var alternate in alternates.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            GazetteerSource.AddName(names, PlaceKey.Of(alternate), entry.Index, primary: true);
        }
    }

    private List<string> CountryAliasesOf(string iso)
    {
        if (!_countryAliases.TryGetValue(iso, out var list))
        {
            _countryAliases[iso] = list = [];
        }

        return list;
    }

    private List<string> AliasesOf(long id)
    {
        if (!_aliases.TryGetValue(id, out var list))
        {
            _aliases[id] = list = [];
        }

        return list;
    }

    private static double Num(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
