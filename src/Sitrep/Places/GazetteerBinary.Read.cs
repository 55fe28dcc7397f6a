using System.Buffers.Binary;
using System.Collections.Frozen;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Sitrep.Places;

internal static partial class GazetteerBinary
{
    /// <summary>Reads a gazetteer written by <see cref="Write"/>; <paramref name="stopWords"/> are keys.</summary>
    public static Gazetteer Read(Stream gzipped, FrozenSet<string> stopWords)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The binary gazetteer is little-endian.");
        }

        using var gzip = new GZipStream(gzipped, CompressionMode.Decompress);
        var header = new byte[16];
        gzip.ReadExactly(header);
        if (BinaryPrimitives.ReadUInt64LittleEndian(header) != Magic || BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(8)) != Version)
        {
            throw new InvalidDataException("gazetteer.bin: not a Sitrep gazetteer of this version; rebuild it (tools/gazetteer/README.md).");
        }

        var payload = new byte[BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(12))];
        header.CopyTo(payload, 0);
        gzip.ReadExactly(payload.AsSpan(header.Length));
        return Parse(payload, stopWords);
    }

    private static Gazetteer Parse(byte[] payload, FrozenSet<string> stopWords)
    {
        var r = new Cursor(payload, 16);
        var n = r.Int();
        var maxWords = r.Int();
        byte[] utf8 = r.Array<byte>();
        int[] stringStarts = r.Array<int>();
        var columns = new EntryColumns(r.Array<byte>(), r.Array<int>(), r.Array<int>(), r.Array<int>(), r.Array<int>(), r.Array<int>(),
            r.Array<int>(), r.Array<int>(), r.Array<int>(), r.Array<int>(), r.Array<int>());
        if (columns.Kinds.Length != n)
        {
            throw new InvalidDataException("gazetteer.bin: entry count does not match its columns.");
        }

        var entries = new EntryTable(columns, utf8, stringStarts);
        var names = ReadIndex(ref r);
        var stems = ReadIndex(ref r);
        int[] demonymKeys = r.Array<int>(), demonymCountries = r.Array<int>();
        var demonyms = new Dictionary<string, string>(demonymKeys.Length, StringComparer.Ordinal);
        for (var d = 0; d < demonymKeys.Length; d++)
        {
            demonyms[Utf8(utf8, stringStarts, demonymKeys[d])] = Utf8(utf8, stringStarts, demonymCountries[d]);
        }

        return new Gazetteer(entries, names, stems, maxWords, demonyms.ToFrozenDictionary(StringComparer.Ordinal), stopWords);
    }

    private static string Utf8(byte[] utf8, int[] starts, int id) => Encoding.UTF8.GetString(utf8, starts[id], starts[id + 1] - starts[id]);

    private static KeyIndex ReadIndex(ref Cursor r) => new(r.Array<byte>(), r.Array<int>(), r.Array<int>(), r.Array<int>());

    /// <summary>Reads length-prefixed arrays in order.</summary>
    private ref struct Cursor(byte[] bytes, int position)
    {
        private int _position = position;

        public int Int()
        {
            var value = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(_position));
            _position += 4;
            return value;
        }

        public T[] Array<T>()
            where T : unmanaged
        {
            var count = Int();
            var size = count * Unsafe.SizeOf<T>();
            var values = MemoryMarshal.Cast<byte, T>(bytes.AsSpan(_position, size)).ToArray();
            _position += size;
            return values;
        }
    }
}
