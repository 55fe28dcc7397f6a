using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// The gazetteer laid out to be used in place from a memory-mapped file: every array of the decompressed
/// <see cref="GazetteerBinary"/> payload, 8-byte aligned and uncompressed, plus what a load otherwise computes
/// (the two hash tables of <see cref="KeyIndex"/>, the demonyms, the <see cref="GazetteerLookups"/>). A process
/// that maps it starts without inflating 51 MB and hashing 400k keys, and only the pages a document touches
/// become resident. The image is derived, never committed: the host writes it after a build
/// (<c>sitrep gazetteer image</c>) and hands it over mapped (<see cref="GazetteerInfo.UseImage"/>); the engine
/// uses it only when its stamp is the embedded <c>gazetteer.bin</c>'s, and otherwise loads that as before.
/// </summary>
internal sealed unsafe class GazetteerImage : IDisposable
{
    /// <summary>First eight bytes of an image.</summary>
    public const ulong Magic = 0x3149_4750_4552_5453; // "STREPGI1" little-endian

    /// <summary>Layout version; bump when the layout or anything the writer derives changes.</summary>
    public const int Version = 1;

    private const int HeaderBytes = 40;

    private readonly SafeBuffer _view; // kept referenced: the mapping lives as long as this image
    private readonly byte* _start;
    private readonly long _length;
    private int _released;

    /// <summary>An image at the start of <paramref name="view"/>; the pointer is acquired for the life of the process.</summary>
    public GazetteerImage(SafeBuffer view)
    {
        _view = view;
        byte* start = null;
        view.AcquirePointer(ref start);
        _start = start;
        _length = checked((long)view.ByteLength);
    }

    /// <summary>
    /// Gives the pointer back, so the mapping can close. Only for images no gazetteer reads any more (tests);
    /// the CLI keeps its image for the process's life.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _view.ReleasePointer();
        }
    }

    /// <summary>Identifies the embedded data an image was made from: its length and its last eight bytes (the gzip CRC-32 and size).</summary>
    public readonly record struct Stamp(long Length, ulong Trailer)
    {
        /// <summary>The stamp of the gzip <paramref name="resource"/> (seekable); leaves it at its start.</summary>
        public static Stamp Of(Stream resource)
        {
            Span<byte> trailer = stackalloc byte[8];
            resource.Seek(-8, SeekOrigin.End);
            resource.ReadExactly(trailer);
            resource.Seek(0, SeekOrigin.Begin);
            return new Stamp(resource.Length, BinaryPrimitives.ReadUInt64LittleEndian(trailer));
        }
    }

    /// <summary>True when this image is of the current layout and was made from the data stamped <paramref name="source"/>.</summary>
    public bool Matches(Stamp source) =>
        _length >= HeaderBytes && Read<ulong>(0) == Magic && Read<int>(8) == Version
        && Read<long>(16) == source.Length && Read<ulong>(24) == source.Trailer && Read<long>(32) <= _length;

    /// <summary>The gazetteer over this image (call after <see cref="Matches"/>); <paramref name="stopWords"/> are keys.</summary>
    public Gazetteer Open(FrozenSet<string> stopWords)
    {
        var r = new Cursor(_start, Read<long>(32));
        var maxWords = Read<int>(12);
        var utf8 = r.Next<byte>();
        var starts = r.Next<int>();
        var columns = new EntryColumns(r.Next<byte>(), r.Next<int>(), r.Next<int>(), r.Next<int>(), r.Next<int>(), r.Next<int>(),
            r.Next<int>(), r.Next<int>(), r.Next<int>(), r.Next<int>(), r.Next<int>());
        var names = new KeyIndex(r.Next<byte>(), r.Next<int>(), r.Next<int>(), r.Next<int>(), r.Next<int>());
        var stems = new KeyIndex(r.Next<byte>(), r.Next<int>(), r.Next<int>(), r.Next<int>(), r.Next<int>());
        var demonyms = Strings(r.Next<byte>(), r.Next<int>());
        var admin1ByCode = Map(Strings(r.Next<byte>(), r.Next<int>()), r.Next<int>());
        var countryByIso = Map(Strings(r.Next<byte>(), r.Next<int>()), r.Next<int>());
        var anyCaseStarts = Strings(r.Next<byte>(), r.Next<int>());
        if (demonyms.Length % 2 != 0)
        {
            throw new InvalidDataException("gazetteer image: demonyms are not key-value pairs.");
        }

        var demonymMap = new Dictionary<string, string>(demonyms.Length / 2, StringComparer.Ordinal);
        for (var d = 0; d < demonyms.Length; d += 2)
        {
            demonymMap[demonyms[d]] = demonyms[d + 1];
        }

        GC.KeepAlive(_view);
        return new Gazetteer(new EntryTable(columns, utf8, starts), names, stems, maxWords,
            demonymMap.ToFrozenDictionary(StringComparer.Ordinal), stopWords, new GazetteerLookups(admin1ByCode, countryByIso, anyCaseStarts), this);
    }

    /// <summary>Writes the image of <paramref name="gazetteer"/>, loaded from the data stamped <paramref name="source"/>; the same data always gives the same bytes.</summary>
    public static void Write(Gazetteer gazetteer, Stamp source, Stream output)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The gazetteer image is little-endian.");
        }

        using var w = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        var origin = output.Position;
        w.Write(Magic);
        w.Write(Version);
        w.Write(gazetteer.MaxWords);
        w.Write(source.Length);
        w.Write(source.Trailer);
        w.Write(0L); // image length, patched below
        var (utf8, starts) = gazetteer.Entries.Strings;
        Array(w, utf8);
        Array(w, starts);
        var columns = gazetteer.Entries.Columns;
        Array(w, columns.Kinds);
        foreach (var column in columns.IntColumns)
        {
            Array(w, column);
        }

        foreach (var index in new[] { gazetteer.Names, gazetteer.DistrictStems })
        {
            var parts = index.Parts;
            Array(w, parts.Utf8);
            Array(w, parts.KeyStarts);
            Array(w, parts.Postings);
            Array(w, parts.PostingStarts);
            Array(w, parts.Slots);
        }

        Strings(w, [.. gazetteer.Demonyms.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => new[] { p.Key, p.Value })]);
        var lookups = gazetteer.Lookups;
        foreach (var map in new[] { lookups.Admin1ByCode, lookups.CountryByIso })
        {
            var pairs = map.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
            Strings(w, [.. pairs.Select(p => p.Key)]);
            Array<int>(w, pairs.Select(p => p.Value).ToArray());
        }

        Strings(w, [.. lookups.AnyCaseStarts.Order(StringComparer.Ordinal)]);
        w.Flush();
        var end = output.Position;
        output.Position = origin + 32;
        w.Write(end - origin);
        w.Flush();
        output.Position = end;
    }

    private static void Array<T>(BinaryWriter w, Column<T> column)
        where T : unmanaged
    {
        w.Write(column.Length);
        w.Write(0);
        var bytes = MemoryMarshal.AsBytes(column.Span);
        w.Write(bytes);
        w.Write(stackalloc byte[Pad(bytes.Length)]);
    }

    // Strings as one UTF-8 blob and the byte offset of each (one more offset than strings).
    private static void Strings(BinaryWriter w, string[] strings)
    {
        var starts = new int[strings.Length + 1];
        var blob = new List<byte>();
        for (var i = 0; i < strings.Length; i++)
        {
            blob.AddRange(Encoding.UTF8.GetBytes(strings[i]));
            starts[i + 1] = blob.Count;
        }

        Array<byte>(w, blob.ToArray());
        Array<int>(w, starts);
    }

    private static string[] Strings(Column<byte> utf8, Column<int> starts)
    {
        var strings = new string[Math.Max(0, starts.Length - 1)];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = Encoding.UTF8.GetString(utf8.Span[starts[i]..starts[i + 1]]);
        }

        return strings;
    }

    private static Dictionary<string, int> Map(string[] keys, Column<int> values)
    {
        if (keys.Length != values.Length)
        {
            throw new InvalidDataException("gazetteer image: a lookup has more keys than values or fewer.");
        }

        var map = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            map[keys[i]] = values[i];
        }

        return map;
    }

    private static int Pad(int bytes) => (8 - (bytes & 7)) & 7;

    private T Read<T>(long offset)
        where T : unmanaged => offset + sizeof(T) <= _length ? *(T*)(_start + offset) : throw new InvalidDataException("gazetteer image: truncated header.");

    /// <summary>Walks the arrays after the header, refusing any that would run past the image.</summary>
    private struct Cursor(byte* start, long length)
    {
        private long _offset = HeaderBytes;

        public Column<T> Next<T>()
            where T : unmanaged
        {
            if (_offset + 8 > length)
            {
                throw new InvalidDataException("gazetteer image: truncated.");
            }

            var count = *(int*)(start + _offset);
            var bytes = (long)count * sizeof(T);
            if (count < 0 || _offset + 8 + bytes > length)
            {
                throw new InvalidDataException("gazetteer image: truncated.");
            }

            var column = new Column<T>((T*)(start + _offset + 8), count);
            _offset += 8 + bytes + Pad((int)(bytes & 7));
            return column;
        }
    }
}
