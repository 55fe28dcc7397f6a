namespace Sitrep.Places;

/// <summary>
/// Everything a <see cref="Gazetteer"/> is made of, as plain collections: what <see cref="GazetteerSource"/>
/// reads from text and <see cref="GazetteerBinary"/> packs.
/// </summary>
/// <param name="Entries">Every entry; an entry's index is its position.</param>
/// <param name="Names">Name key -> the entries it names.</param>
/// <param name="DistrictStems">District name stem -> admin-2 entries ("konotop" -> Konotopskyi Raion).</param>
/// <param name="Demonyms">Demonym key -> ISO 3166-1 alpha-2 code of its country.</param>
internal sealed record GazetteerData(
    List<GeoEntry> Entries,
    Dictionary<string, NameHit[]> Names,
    Dictionary<string, int[]> DistrictStems,
    Dictionary<string, string> Demonyms);
