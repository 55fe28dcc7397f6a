using System.Collections;
using System.Text;
using Sitrep.Reporting;

namespace Sitrep.Places;

/// <summary>
/// The gazetteer's entries as columns read from the binary file; a <see cref="GeoEntry"/> (and its strings) is
/// made the first time it is asked for and then kept, so start-up does not build ~230k objects a document
/// run never touches. Safe for concurrent readers: a racing second copy is discarded.
/// </summary>
internal sealed class EntryTable(EntryColumns columns, Column<byte> utf8, Column<int> stringStarts) : IReadOnlyList<GeoEntry>
{
    private readonly GeoEntry?[] _entries = new GeoEntry?[columns.Kinds.Length];
    private readonly string?[] _strings = new string?[stringStarts.Length - 1];

    /// <inheritdoc />
    public int Count => _entries.Length;

    /// <summary>The raw columns (kinds are read without making entries).</summary>
    public EntryColumns Columns => columns;

    /// <summary>The string table: UTF-8 of every distinct string, and where each starts (one more start than strings).</summary>
    public (Column<byte> Utf8, Column<int> Starts) Strings => (utf8, stringStarts);

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

        var s = Encoding.UTF8.GetString(utf8.Span[stringStarts[id]..stringStarts[id + 1]]);
        return Interlocked.CompareExchange(ref _strings[id], s, null) ?? s;
    }
}

/// <summary>One array per entry field, as stored in the binary gazetteer; strings are string-table ids (-1 for none).</summary>
internal sealed record EntryColumns(
    Column<byte> Kinds, Column<int> Name, Column<int> Code, Column<int> Country, Column<int> Admin1, Column<int> Admin2, Column<int> Iso,
    Column<int> Lat, Column<int> Lon, Column<int> GeonameId, Column<int> Population)
{
    /// <summary>Kind byte flag for curated any-case regions ("the high north"); the low bits are the <see cref="PlaceKind"/>.</summary>
    public const byte AnyCaseFlag = 0x80;

    /// <summary>The int columns in file order (everything but <see cref="Kinds"/>).</summary>
    public Column<int>[] IntColumns => [Name, Code, Country, Admin1, Admin2, Iso, Lat, Lon, GeonameId, Population];

    /// <summary>The kind of entry <paramref name="i"/>.</summary>
    public PlaceKind Kind(int i) => (PlaceKind)(Kinds[i] & ~AnyCaseFlag);
}
