namespace Sitrep.Places;

/// <summary>
/// The engine's gazetteer format (<c>Places/Data/gazetteer.bin</c>, gzip of little-endian sections): a header
/// (<see cref="Magic"/>, <see cref="Version"/>, payload length, entry count, longest name in words), a string
/// table (every display name and code once), entry columns, the name index and the district-stem index (each a
/// <see cref="KeyIndex"/>: key characters, key offsets, postings, posting offsets), and the demonyms. Written by
/// <see cref="Write"/> from <see cref="GazetteerData"/>; read by <see cref="Read"/> without parsing text.
/// </summary>
internal static partial class GazetteerBinary
{
    /// <summary>First eight bytes of the payload.</summary>
    public const ulong Magic = 0x315A_4750_4552_5453; // "STREPGZ1" little-endian

    /// <summary>Format version; bump when the layout changes.</summary>
    public const int Version = 1;

    /// <summary>Coordinates are stored in units of 1e-4 degree: the sources carry at most four decimals.</summary>
    internal const double CoordinateScale = 1e4;
}
