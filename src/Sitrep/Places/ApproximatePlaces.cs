using Sitrep.Reporting;

namespace Sitrep.Places;

/// <summary>
/// Places a name the gazetteer does not hold (a street, a venue, a neighbourhood) at the place that contains it,
/// as ACLED does with its coarser geo-precision codes: the place the text names with it ("X, Y", "X in Y",
/// "X (Y)", "X of Y", "Y's X"), else the document's focus (see <see cref="DocumentFocus"/>). The mention keeps
/// its own name and kind other; only the point, country and admin-1 are the container's, and the rule says so.
/// Runs after resolution, so an approximation never feeds back into how other names resolve.
/// </summary>
internal sealed class ApproximatePlaces(Gazetteer gazetteer)
{
    /// <summary>Fills every unresolved result of <paramref name="mentions"/> with its container, when one is known.</summary>
    public void Apply(string text, IReadOnlyList<ToponymMention> mentions, Resolution[] results)
    {
        // Back to front: a container named later ("Elm Street, Oakdale") is settled before what it contains.
        var byName = new Dictionary<string, Resolution>(StringComparer.Ordinal);
        var open = new List<int>();
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            if (results[m].Entry is not null)
            {
                continue;
            }

            if (Container(text, mentions, results, m) is { } container)
            {
                results[m] = new Resolution(container, "within " + container.Name, Approximate: true);
                byName[mentions[m].Span.Of(text)] = results[m]; // the earliest wins: the loop runs backwards
            }
            else
            {
                open.Add(m);
            }
        }

        // A bare repeat ("Elm Street" again) is where its first placed mention was; anything else is at the focus.
        GeoEntry? focus = null;
        var focusKnown = false;
        foreach (var m in open)
        {
            if (byName.TryGetValue(mentions[m].Span.Of(text), out var placed))
            {
                results[m] = placed;
                continue;
            }

            if (!focusKnown)
            {
                focus = DocumentFocus.Of(gazetteer, results);
                focusKnown = true;
            }

            if (focus is not null)
            {
                results[m] = new Resolution(focus, "document focus: " + focus.Name, Approximate: true);
            }
        }
    }

    // The resolved mention the text names as this one's container, or null.
    private static GeoEntry? Container(string text, IReadOnlyList<ToponymMention> mentions, Resolution[] results, int m)
    {
        var span = mentions[m].Span;
        if (mentions[m].Container is var c and >= 0 && Usable(results[c]))
        {
            return results[c].Entry;
        }

        // "the Marina of Portsea": the next mention after "of".
        if (m + 1 < mentions.Count && Usable(results[m + 1]) && Gap(text, span.End, mentions[m + 1].Span.Start) is "of")
        {
            return results[m + 1].Entry;
        }

        // "Oakdale's Elm Street": the mention just before, in the possessive.
        if (m > 0 && Usable(results[m - 1]) && Gap(text, mentions[m - 1].Span.End, span.Start) is "'s" or "’s" or "'" or "’")
        {
            return results[m - 1].Entry;
        }

        return null;
    }

    // A container gives a point when it resolved to something smaller than a continent.
    private static bool Usable(Resolution r) => r.Entry is { Kind: not PlaceKind.Region };

    private static string Gap(string text, int from, int to) =>
        to >= from && to - from <= 6 ? text.AsSpan(from, to - from).Trim().ToString() : "";
}
