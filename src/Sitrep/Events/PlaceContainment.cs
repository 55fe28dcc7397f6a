using Sitrep.Places;
using Sitrep.Reporting;

namespace Sitrep.Events;

/// <summary>
/// Whether one place lies inside another, for telling one incident's mentions apart from another's:
/// a town inside the region or country named elsewhere, a village within a district. Used to merge
/// "in the Kyiv region" with "in Bucha, Kyiv region", never two towns.
/// </summary>
internal static class PlaceContainment
{
    /// <summary>How far a place may lie from a district's centre and still be in it.</summary>
    private const double DistrictRadiusKm = 45;

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies inside it.</summary>
    public static bool Within(Place inner, Place outer)
    {
        if (inner == outer || (inner.GeonamesId is { } id && id == outer.GeonamesId))
        {
            return true;
        }

        return outer.Kind switch
        {
            PlaceKind.Country => inner.Kind != PlaceKind.Country && inner.Country == outer.Country,
            PlaceKind.Admin1 => inner.Kind != PlaceKind.Admin1 && inner.Kind != PlaceKind.Country
                && (inner.Admin1 == outer.Name || (inner.Admin1GeonamesId is { } a && a == outer.GeonamesId)),
            PlaceKind.Admin2 => inner.Kind is PlaceKind.City or PlaceKind.Other && inner.Admin1 == outer.Admin1
                && Near(inner, outer, DistrictRadiusKm),
            _ => false,
        };
    }

    /// <summary>True when <paramref name="inner"/> may lie in the district named after <paramref name="town"/>.</summary>
    public static bool InDistrictOf(Place inner, Place town) =>
        IsTown(inner) && inner.Admin1 == town.Admin1 && Near(inner, town, DistrictRadiusKm);

    /// <summary>A town or a name the gazetteer lacks (a village, a district): a place an incident happens at, not a region it is in.</summary>
    public static bool IsTown(Place p) => p.Kind is PlaceKind.City or PlaceKind.Other;

    private static bool Near(Place a, Place b, double km) =>
        a.Lat is { } la && a.Lon is { } lo && b.Lat is { } lb && b.Lon is { } lob && GeoDistance.Km(la, lo, lb, lob) <= km;
}
