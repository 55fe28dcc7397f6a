using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using Sitrep.Reporting;

namespace Sitrep.Places;

/// <summary>
/// Reads the text gazetteer built by <c>tools/gazetteer</c> (<c>gazetteer.tsv.gz</c>) with the curated overrides
/// applied into <see cref="GazetteerData"/>: the slow, line-by-line path that <see cref="GazetteerBinary"/> packs
/// once so the engine never parses text at start-up.
/// </summary>
internal static class GazetteerSource
{

    // Endings of admin-2 names that grammar supplies separately ("Konotop district" -> Konotopskyi Raion).
    private static readonly string[] DistrictWords = [" raion", " rayon", " county", " district", " municipality", " parish", " borough"];
    private static readonly string[] AdjectiveEndings = ["skyi", "skyy", "skiy", "skij", "kyi", "skyj", "sky", "ska", "ski"];

    /// <summary>Reads a gzipped text gazetteer from <paramref name="tsvGz"/> and applies <paramref name="overrides"/>.</summary>
    public static GazetteerData Read(Stream tsvGz, Overrides overrides)
    {
        var entries = new List<GeoEntry>(240_000);
        var names = new Dictionary<string, NameHit[]>(600_000, StringComparer.Ordinal);
        var stems = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);

        using (var gzip = new GZipStream(tsvGz, CompressionMode.Decompress, leaveOpen: true))
        using (var reader = new StreamReader(gzip))
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0 && line[0] != '#')
                {
                    ReadRow(line.Split('\t'), overrides, entries, names, stems, demonyms);
                }
            }
        }

        overrides.AddCurated(entries, names, demonyms);
        AddCyrillicForms(names);
        return new GazetteerData(entries, names, stems.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), demonyms);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs ~600k times once: skip the slow first tier
    private static void ReadRow(string[] f, Overrides overrides, List<GeoEntry> entries, Dictionary<string, NameHit[]> names,
        Dictionary<string, List<int>> stems, Dictionary<string, string> demonyms)
    {
        var index = entries.Count;
        GeoEntry entry;
        string[] alternates;
        switch (f[0])
        {
            case "C":
                var point = overrides.CountryPoint(f[1]) ?? (Num(f[3]), Num(f[4]));
                entry = new GeoEntry
                {
                    Index = index, Kind = PlaceKind.Country, Name = overrides.CountryName(f[1]) ?? f[2], Lat = point.Lat, Lon = point.Lon,
                    GeonamesId = Id(f[5]), FeatureCode = "PCLI", Country = f[1], Population = Long(f[6]),
                };
                alternates = [f[2], .. Split(f[7]), .. overrides.CountryAliases(f[1])];
                foreach (var demonym in Split(f[8]))
                {
                    AddDemonym(demonyms, demonym, f[1]);
                }

                break;
            case "A":
                var cc = overrides.Admin1Country(f[1]) ?? f[1][..2];
                entry = new GeoEntry
                {
                    Index = index, Kind = PlaceKind.Admin1, Name = overrides.Admin1Name(f[1]) ?? f[3], Lat = Num(f[4]), Lon = Num(f[5]),
                    GeonamesId = Id(f[6]), FeatureCode = "ADM1", Country = cc, Admin1Code = f[1], Iso = f[2].Length > 0 ? f[2] : null,
                };
                alternates = [f[3], .. Split(f[7]), .. AdjectiveForms(entry.Name), .. overrides.CountryAliases(f[1])];
                break;
            case "D":
                entry = new GeoEntry
                {
                    Index = index, Kind = PlaceKind.Admin2, Name = f[2], Lat = Num(f[3]), Lon = Num(f[4]), GeonamesId = Id(f[5]),
                    FeatureCode = "ADM2", Country = f[1][..2], Admin1Code = f[1][..f[1].LastIndexOf('.')], Admin2Code = f[1],
                };
                alternates = [];
                foreach (var stem in DistrictStems(PlaceKey.Of(f[2])))
                {
                    Add(stems, stem, index);
                }

                break;
            case "P":
                var id = long.Parse(f[1], CultureInfo.InvariantCulture);
                var a1 = f[6] + "." + f[7];
                entry = new GeoEntry
                {
                    Index = index, Kind = PlaceKind.City, Name = overrides.PlaceName(id) ?? f[2], Lat = Num(f[3]), Lon = Num(f[4]), GeonamesId = id,
                    FeatureCode = f[5], Country = overrides.Admin1Country(a1) ?? f[6], Admin1Code = a1,
                    Admin2Code = f[8].Length > 0 ? a1 + "." + f[8] : null, Population = Long(f[9]),
                };
                alternates = [f[2], .. Split(f[10])];
                foreach (var alias in overrides.Aliases(id))
                {
                    AddName(names, alias, index, primary: true);
                }

                break;
            default:
                return;
        }

        entries.Add(entry);
        AddName(names, PlaceKey.Of(entry.Name), index, primary: true);
        foreach (var alternate in alternates)
        {
            var key = PlaceKey.Of(alternate);
            if (entry.GeonamesId is { } gid && overrides.IsRemoved(gid, key))
            {
                continue;
            }

            AddName(names, key, index, primary: false);
        }
    }

    /// <summary>
    /// Every Cyrillic name also by its case forms (<see cref="CyrillicInflection"/>), as alternate names; a Ukrainian
    /// name of the -цьк / -ськ / -зьк towns also in the Russian spelling without the soft sign (Торецьк → Торецк),
    /// which Russian texts use where the gazetteer holds only the Ukrainian form.
    /// </summary>
    private static void AddCyrillicForms(Dictionary<string, NameHit[]> names)
    {
        var cyrillic = names.Where(p => CyrillicInflection.IsCyrillic(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        foreach (var (key, hits) in cyrillic.ToList())
        {
            if (CyrillicInflection.RussianSpelling(key) is { } russian && !names.ContainsKey(russian))
            {
                foreach (var hit in hits)
                {
                    AddName(names, russian, hit.Entry, primary: false);
                }

                cyrillic.Add(new KeyValuePair<string, NameHit[]>(russian, hits));
            }
        }

        foreach (var (key, hits) in cyrillic)
        {
            foreach (var form in CyrillicInflection.Forms(key))
            {
                foreach (var hit in hits)
                {
                    AddName(names, form, hit.Entry, primary: false);
                }
            }
        }
    }

    /// <summary>Adds a name once per entry; a primary name upgrades an alternate one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs ~600k times once: skip the slow first tier
    internal static void AddName(Dictionary<string, NameHit[]> names, string key, int entry, bool primary)
    {
        if (key.Length < 2)
        {
            return;
        }

        // Most names have one entry: arrays grown one at a time stay small and need no second copy.
        ref var hits = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(names, key, out var exists);
        if (!exists || hits is null)
        {
            hits = [new NameHit(entry, primary)];
            return;
        }

        for (var i = 0; i < hits.Length; i++)
        {
            if (hits[i].Entry == entry)
            {
                if (primary)
                {
                    hits[i] = new NameHit(entry, true);
                }

                return;
            }
        }

        Array.Resize(ref hits, hits.Length + 1);
        hits[^1] = new NameHit(entry, primary);
    }

    internal static void AddDemonym(Dictionary<string, string> demonyms, string word, string iso)
    {
        var key = PlaceKey.Of(word);
        demonyms.TryAdd(key, iso);
        if (!key.EndsWith('s') && !key.EndsWith("sh", StringComparison.Ordinal) && !key.EndsWith("ese", StringComparison.Ordinal) && !key.EndsWith("ch", StringComparison.Ordinal))
        {
            demonyms.TryAdd(key + "s", iso);
        }
    }

    // "Sumy Oblast" -> "Sumska oblast"; "Kharkiv Oblast" -> "Kharkivska oblast" (Ukrainian adjectival form).
    private static IEnumerable<string> AdjectiveForms(string display)
    {
        if (!display.EndsWith(" Oblast", StringComparison.Ordinal))
        {
            yield break;
        }

        var stem = display[..^" Oblast".Length].TrimEnd('y', 'a', 'e', 'i');
        yield return stem + "ska oblast";
        yield return stem + "ska";
    }

    private static IEnumerable<string> DistrictStems(string key)
    {
        foreach (var word in DistrictWords)
        {
            if (key.EndsWith(word, StringComparison.Ordinal))
            {
                key = key[..^word.Length];
                break;
            }
        }

        yield return key;
        foreach (var ending in AdjectiveEndings)
        {
            if (key.Length > ending.Length + 2 && key.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = key[..^ending.Length];
                yield return stem;
                yield return stem + "y";
                yield return stem + "a";
                yield return stem + "i";
                yield break;
            }
        }
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    private static string[] Split(string field) => field.Length == 0 ? [] : field.Split('|');

    private static double Num(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static long Long(string s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static long? Id(string s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;
}
