using Sitrep.Entities;
using Sitrep.Places;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// PLOVER, like CAMEO before it, codes an ethnic group by the state it lives in, not by the nation its
/// name calls up: "ethnic Hungarians in Slovakia" and "the Hungarians of southern Slovakia" are Slovak
/// actors. A group named by a demonym is ethnic when "ethnic" stands before it or "of"/"in" and a place
/// after it; it then belongs to the one other country whose places its clause is set in ("in", "near",
/// "of"; a direction word between is skipped: "of southern Serbia").
/// </summary>
internal static class EthnicResidence
{
    private static readonly HashSet<string> SetIn = ["in", "at", "near", "outside", "inside", "across", "around", "of"];

    private static readonly HashSet<string> Directions =
    [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest",
    ];

    /// <summary>The country the group at <paramref name="mention"/> lives in, when it is an ethnic group and its clause [first, end) names one.</summary>
    public static string? Of(Words w, PlaceSet? places, Entity entity, TextSpan mention, int first, int end)
    {
        if (places is null || entity.Type != EntityType.Group || entity.Affiliation is not { } nation || first >= end)
        {
            return null;
        }

        var start = w.TokenEndingAfter(mention.Start);
        var last = start;
        while (last + 1 < w.Tokens.Length && w.Tokens[last + 1].Start < mention.End)
        {
            last++;
        }

        var ethnic = start > 0 && w.Is(start - 1, "ethnic") || w.Is(last + 1, "of") || w.Is(last + 1, "in");
        if (!ethnic)
        {
            return null;
        }

        string? home = null;
        var k = first;
        foreach (var (place, at) in places.Within(new TextSpan(w.Tokens[first].Start, w.Tokens[end - 1].End)))
        {
            while (k < end && w.Tokens[k].End <= at.Start)
            {
                k++;
            }

            if (place.Country is not { } iso || iso == nation || !SetsIn(w, first, k))
            {
                continue;
            }

            if (home is not null && home != iso)
            {
                return null;
            }

            home = iso;
        }

        return home;
    }

    /// <summary>Whether the place at token <paramref name="k"/> is where the clause from <paramref name="first"/> is set: "in Gulu", "of southern Serbia".</summary>
    public static bool SetsIn(Words w, int first, int k)
    {
        var before = k - 1;
        while (before > first && Directions.Contains(w.Lower[before]))
        {
            before--;
        }

        return before >= first && SetIn.Contains(w.Lower[before]);
    }
}
