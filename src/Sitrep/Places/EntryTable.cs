using System.Collections;
using System.Text;
using Sitrep.Reporting;

namespace Sitrep.Places;

/// <summary>
/// The gazetteer's entries as columns read from the binary file; a <see cref="GeoEntry"/> (and its strings) is
/// made the first time it is asked for and then kept, so start-up does not build ~230k objects a document
/// run never touches. Safe for concurrent readers: a racing second copy is discarded.
/// </summary>
internal sealed class EntryTable(EntryColumns columns, byte[] utf8, int[] stringStarts) : IReadOnlyList<GeoEntry>
{
    private readonly GeoEntry?[] _entries = new GeoEntry?[columns.Kinds.Length];
    private readonly string?[] _strings = new string?[stringStarts.Length - 1];

    /// <inheritdoc />
    public int Count => _entries.Length;

    /// <summary>The raw columns (kinds are read without making entries).</summary>
    public EntryColumns Columns => columns;

    /// <inheritdoc />
    public GeoEntry this[int index] => _entries[index] ?? Create(index);

    /// <inheritdoc />
    public IEnumerator<GeoEntry> GetEnumerator()
    {
        for (var i = 0; i < _entries.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private GeoEntry Create(int i)
    {
        var c = columns;
        var entry = new GeoEntry
        {
            Index = i, Kind = (PlaceKind)(c.Kinds[i] & ~EntryColumns.AnyCaseFlag), AnyCase = (c.Kinds[i] & EntryColumns.AnyCaseFlag) != 0,
            Name = String(c.Name[i])!, FeatureCode = String(c.Code[i])!, Country = String(c.Country[i]),
            Admin1Code = String(c.Admin1[i]), Admin2Code = String(c.Admin2[i]), Iso = String(c.Iso[i]),
            Lat = c.Lat[i] / GazetteerBinary.CoordinateScale, Lon = c.Lon[i] / GazetteerBinary.CoordinateScale,
            GeonamesId = c.GeonameId[i] == 0 ? null : c.GeonameId[i], Population = c.Population[i],
        };
        return Interlocked.CompareExchange(ref _entries[i], entry, null) ?? entry;
    }

    // Each distinct string is decoded once, so codes ("UA.21", "PPLA2") are shared by every entry that has them.
    private string? String(int id)
    {
        if (id < 0)
        {
            return null;
        }

        if (_strings[id] is { } known)
        {
            return known;
        }

        var s = Encoding.UTF8.GetString(utf8, stringStarts[id], stringStarts[id + 1] - stringStarts[id]);
        return Interlocked.CompareExchange(ref _strings[id], s, null) ?? s;
    }
}

/// <summary>One array per entry field, as stored in the binary gazetteer; strings are string-table ids (-1 for none).</summary>
internal sealed record EntryColumns(
    byte[] Kinds, int[] Name, int[] Code, int[] Country, int[] Admin1, int[] Admin2, int[] Iso,
    int[] Lat, int[] Lon, int[] GeonameId, int[] Population)
{
    /// <summary>Kind byte flag for curated any-case regions ("the high north"); the low bits are the <see cref="PlaceKind"/>.</summary>
    public const byte AnyCaseFlag = 0x80;

    /// <summary>The kind of entry <paramref name="i"/>.</summary>
    public PlaceKind Kind(int i) => (PlaceKind)(Kinds[i] & ~AnyCaseFlag);
}
