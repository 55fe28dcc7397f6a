using Sitrep.Reporting;

namespace Sitrep.Places;

/// <summary>
/// Where a document's names could lie together, read from every name's candidate readings rather than from first
/// guesses: "Cornwall", "Salisbury" and "Sharon" are each towns in several states, and each on its own goes to the
/// largest; a story that names all three with "Falls Village" has one state where every one of them fits. Only
/// main names count, and only town names with several readings (never a state or country name) take the bonus.
/// </summary>
internal sealed class CandidateSupport
{
    private readonly Dictionary<string, int> _votes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ambiguousTowns = new(StringComparer.Ordinal);

    /// <summary>No names (the empty context).</summary>
    public static CandidateSupport None { get; } = new();

    /// <summary>The support of the document's distinct <paramref name="names"/> and their main-name candidates.</summary>
    public static CandidateSupport Of(IEnumerable<(string Name, List<GeoEntry> Candidates)> names)
    {
        var support = new CandidateSupport();
        foreach (var (name, candidates) in names)
        {
            if (support._byName.ContainsKey(name))
            {
                continue;
            }

            var units = new HashSet<string>(StringComparer.Ordinal);
            var towns = 0;
            var wider = false;
            foreach (var entry in candidates)
            {
                towns += entry.Kind is PlaceKind.City or PlaceKind.Admin2 ? 1 : 0;
                wider |= entry.Kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.Admin1;
                if (entry.Kind is PlaceKind.City or PlaceKind.Admin2 or PlaceKind.Admin1 && entry.Admin1Code is { } code)
                {
                    units.Add(code);
                }
            }

            if (towns > 1 && !wider)
            {
                support._ambiguousTowns.Add(name);
            }

            foreach (var code in units)
            {
                support._votes[code] = support._votes.GetValueOrDefault(code) + 1;
            }

            support._byName[name] = units;
        }

        return support;
    }

    /// <summary>
    /// The share of the other names (not <paramref name="name"/>) that could lie in admin-1 unit <paramref name="code"/>;
    /// zero unless <paramref name="name"/> is a town name with several readings.
    /// </summary>
    public double Share(string name, string? code)
    {
        if (code is null || _byName.Count < 2 || !_ambiguousTowns.Contains(name) || !_votes.TryGetValue(code, out var votes))
        {
            return 0;
        }

        var own = _byName.TryGetValue(name, out var mine) && mine.Contains(code) ? 1 : 0;
        return (votes - own) / (double)(_byName.Count - (mine is null ? 0 : 1));
    }
}
