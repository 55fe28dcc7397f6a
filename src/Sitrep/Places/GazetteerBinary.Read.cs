using System.Buffers.Binary;
using System.Collections.Frozen;
using System.IO.Compression;
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

        // Decompressed straight into the arrays the gazetteer keeps: no whole-payload buffer (51 MB) beside
        // them, which halves the peak memory of a one-article run.
        using var gzip = new GZipStream(gzipped, CompressionMode.Decompress);
        var r = new Cursor(gzip);
        if (r.Long() != Magic || r.Int() != Version)
        {
            throw new InvalidDataException("gazetteer.bin: not a Sitrep gazetteer of this version; rebuild it (tools/gazetteer/README.md).");
        }

        var length = r.Int();
        var gazetteer = Parse(ref r, stopWords);
        if (r.Position != length)
        {
            throw new InvalidDataException($"gazetteer.bin: {r.Position:N0} bytes read where the header announces {length:N0}.");
        }

        return gazetteer;
    }

    private static Gazetteer Parse(ref Cursor r, FrozenSet<string> stopWords)
    {
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
    private ref struct Cursor(Stream stream)
    {
        public long Position { get; private set; }

        public int Int()
        {
            Span<byte> bytes = stackalloc byte[4];
            Read(bytes);
            return BinaryPrimitives.ReadInt32LittleEndian(bytes);
        }

        public ulong Long()
        {
            Span<byte> bytes = stackalloc byte[8];
            Read(bytes);
            return BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        }

        public T[] Array<T>()
            where T : unmanaged
        {
            var count = Int();
            if (count < 0)
            {
                throw new InvalidDataException("gazetteer.bin: negative array length.");
            }

            var values = GC.AllocateUninitializedArray<T>(count);
            Read(MemoryMarshal.AsBytes(values.AsSpan()));
            return values;
        }

        private void Read(scoped Span<byte> bytes)
        {
            try
            {
                stream.ReadExactly(bytes);
            }
            catch (EndOfStreamException e)
            {
                throw new InvalidDataException("gazetteer.bin: truncated.", e);
            }

            Position += bytes.Length;
        }
    }
}
