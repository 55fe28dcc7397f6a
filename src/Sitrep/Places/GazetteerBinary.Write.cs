using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Sitrep.Places;

internal static partial class GazetteerBinary
{
    /// <summary>Writes <paramref name="data"/> to <paramref name="output"/>; the same data always gives the same bytes.</summary>
    public static void Write(GazetteerData data, Stream output)
    {
        var payload = Payload(data);
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        gzip.Write(payload);
    }

    /// <summary>The uncompressed bytes of <paramref name="data"/> (tests compare these).</summary>
    public static byte[] Payload(GazetteerData data)
    {
        var entries = data.Entries;
        var strings = new StringTable();
        var n = entries.Count;
        var kinds = new byte[n];
        int[] name = new int[n], code = new int[n], country = new int[n], admin1 = new int[n], admin2 = new int[n], iso = new int[n];
        int[] lat = new int[n], lon = new int[n], geonameId = new int[n];
        var population = new int[n];
        for (var i = 0; i < n; i++)
        {
            var e = entries[i];
            kinds[i] = (byte)((int)e.Kind | (e.AnyCase ? EntryColumns.AnyCaseFlag : 0));
            name[i] = strings.Id(e.Name);
            code[i] = strings.Id(e.FeatureCode);
            country[i] = strings.Id(e.Country);
            admin1[i] = strings.Id(e.Admin1Code);
            admin2[i] = strings.Id(e.Admin2Code);
            iso[i] = strings.Id(e.Iso);
            lat[i] = Coordinate(e.Lat);
            lon[i] = Coordinate(e.Lon);
            geonameId[i] = e.GeonamesId is { } id ? checked((int)id) : 0;
            population[i] = checked((int)e.Population);
        }

        var demonyms = data.Demonyms.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        int[] demonymKeys = [.. demonyms.Select(p => strings.Id(p.Key))], demonymCountries = [.. demonyms.Select(p => strings.Id(p.Value))];

        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(Version);
            w.Write(0); // payload length, patched below
            w.Write(n);
            w.Write(data.Names.Keys.Max(k => k.Count(c => c == ' ') + 1));
            strings.WriteTo(w);
            w.Write(kinds.Length);
            w.Write(kinds);
            foreach (var column in new[] { name, code, country, admin1, admin2, iso, lat, lon, geonameId, population })
            {
                WriteInts(w, column);
            }

            WriteIndex(w, data.Names.ToDictionary(p => p.Key, p => p.Value.Select(h => h.Packed).ToArray(), StringComparer.Ordinal));
            WriteIndex(w, data.DistrictStems);
            WriteInts(w, demonymKeys);
            WriteInts(w, demonymCountries);
        }

        var bytes = buffer.ToArray();
        BitConverter.TryWriteBytes(bytes.AsSpan(12, 4), bytes.Length);
        return bytes;
    }

    private static int Coordinate(double degrees)
    {
        var units = (int)Math.Round(degrees * CoordinateScale);
        return units / CoordinateScale == degrees
            ? units
            : throw new InvalidDataException($"coordinate {degrees} has more than four decimals");
    }

    // Keys in ordinal order so the output does not depend on dictionary history.
    private static void WriteIndex(BinaryWriter w, Dictionary<string, int[]> map)
    {
        var keys = map.Keys.Order(StringComparer.Ordinal).ToArray();
        var postingStarts = new int[keys.Length + 1];
        for (var k = 0; k < keys.Length; k++)
        {
            postingStarts[k + 1] = postingStarts[k] + map[keys[k]].Length;
        }

        WriteUtf8(w, keys);
        WriteInts(w, [.. keys.SelectMany(k => map[k])]);
        WriteInts(w, postingStarts);
    }

    // Strings as one UTF-8 blob and the byte offset of each (one more offset than strings).
    private static void WriteUtf8(BinaryWriter w, string[] strings)
    {
        var starts = new int[strings.Length + 1];
        using var blob = new MemoryStream();
        for (var i = 0; i < strings.Length; i++)
        {
            blob.Write(System.Text.Encoding.UTF8.GetBytes(strings[i]));
            starts[i + 1] = checked((int)blob.Length);
        }

        WriteArray(w, blob.ToArray());
        WriteInts(w, starts);
    }

    private static void WriteInts(BinaryWriter w, int[] values) => WriteArray<int>(w, values);

    private static void WriteArray<T>(BinaryWriter w, T[] values)
        where T : unmanaged
    {
        w.Write(values.Length);
        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>Distinct strings numbered in order of first use; null is -1.</summary>
    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _strings = [];

        public int Id(string? s)
        {
            if (s is null)
            {
                return -1;
            }

            if (!_ids.TryGetValue(s, out var id))
            {
                _ids[s] = id = _strings.Count;
                _strings.Add(s);
            }

            return id;
        }

        public void WriteTo(BinaryWriter w)
        {
            WriteUtf8(w, [.. _strings]);
        }
    }
}
