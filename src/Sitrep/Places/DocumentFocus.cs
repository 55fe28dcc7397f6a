using Sitrep.Reporting;

namespace Sitrep.Places;

/// <summary>
/// The place a document is about, read top-down from its resolved places: the country named most often (its
/// places counted), within it the admin-1 unit named most often, within that the city named most often; the most
/// specific level the document reaches wins and ties go to the place named first. A local story about one town
/// focuses on the town, a dispatch from one state that names no town on the state.
/// </summary>
internal static class DocumentFocus
{
    /// <summary>The focus of <paramref name="results"/> (approximations and wider regions left out), or null.</summary>
    public static GeoEntry? Of(Gazetteer gazetteer, Resolution[] results)
    {
        var country = Top(results, e => e.Country);
        if (country is null)
        {
            return null;
        }

        var admin1 = Top(results, e => e.Country == country && e.Kind is PlaceKind.City or PlaceKind.Admin2 or PlaceKind.Admin1 ? e.Admin1Code : null);
        if (admin1 is null || gazetteer.Admin1(admin1) is not { } admin1Entry)
        {
            return gazetteer.Country(country);
        }

        return Top(results, e => e.Admin1Code == admin1 && e.Kind is PlaceKind.City or PlaceKind.Admin2 ? e : null) ?? admin1Entry;
    }

    // The most frequent key of the resolved entries; ties go to the one named first.
    private static T? Top<T>(Resolution[] results, Func<GeoEntry, T?> keyOf)
        where T : class
    {
        var keys = new List<T>();
        var counts = new List<int>();
        foreach (var r in results)
        {
            if (r.Approximate || r.Entry is not { Kind: not PlaceKind.Region } entry || keyOf(entry) is not { } key)
            {
                continue;
            }

            var k = keys.IndexOf(key);
            if (k < 0)
            {
                keys.Add(key);
                counts.Add(1);
            }
            else
            {
                counts[k]++;
            }
        }

        var best = -1;
        for (var k = 0; k < keys.Count; k++)
        {
            best = best < 0 || counts[k] > counts[best] ? k : best;
        }

        return best < 0 ? null : keys[best];
    }
}
