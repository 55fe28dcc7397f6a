using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Watches;

/// <summary>
/// The watches, indexed by the equality filter that rejects most incidents: a watch naming an admin-1 region can
/// only match an incident with a member in that region, one naming a country (and no region) a member in that
/// country, one naming a type (and neither) a member of that type. An incident is checked in full only against the
/// watches its members' regions, countries and types select plus those without such a filter, rather than against
/// every watch, which keeps a thousand watches from costing a thousand checks per stored event.
/// </summary>
internal sealed class WatchSet
{
    private readonly Dictionary<string, List<Watch>> byAdmin1 = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Watch>> byCountry = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Watch>> byType = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Watch> unindexed = [];

    public WatchSet(IReadOnlyList<Watch> watches)
    {
        All = watches;
        ById = watches.ToDictionary(w => w.Id);
        foreach (var watch in watches)
        {
            switch (watch)
            {
                case { Admin1: { } admin1 }: Add(byAdmin1, admin1, watch); break;
                case { Country: { } country }: Add(byCountry, country, watch); break;
                case { Type: { } type }: Add(byType, type, watch); break;
                default: unindexed.Add(watch); break;
            }
        }
    }

    public static WatchSet Empty { get; } = new([]);

    /// <summary>Every watch, by id.</summary>
    public IReadOnlyList<Watch> All { get; }

    public IReadOnlyDictionary<long, Watch> ById { get; }

    public int Count => All.Count;

    /// <summary>The watches <paramref name="incident"/> matches (as <see cref="WatchMatcher.Matches"/> decides), by id, leaving out <paramref name="skip"/>.</summary>
    public List<Watch> Matching(WatchedIncident incident, IReadOnlyDictionary<long, string> skip)
    {
        var matched = new List<Watch>();
        // Each watch sits in one index; two members with the same region (or type) would offer it twice.
        var seen = new HashSet<long>();
        void Check(Dictionary<string, List<Watch>> index, string? key)
        {
            if (key is not null && index.TryGetValue(key, out var list))
            {
                foreach (var watch in list)
                {
                    if (seen.Add(watch.Id) && !skip.ContainsKey(watch.Id) && WatchMatcher.Matches(watch, incident))
                    {
                        matched.Add(watch);
                    }
                }
            }
        }

        foreach (var member in incident.Members)
        {
            Check(byAdmin1, member.Admin1);
            Check(byCountry, member.Country);
            Check(byType, member.SubEventType);
            Check(byType, member.EventType);
        }

        foreach (var watch in unindexed)
        {
            if (!skip.ContainsKey(watch.Id) && WatchMatcher.Matches(watch, incident))
            {
                matched.Add(watch);
            }
        }

        matched.Sort((a, b) => a.Id.CompareTo(b.Id));
        return matched;
    }

    private static void Add(Dictionary<string, List<Watch>> index, string key, Watch watch)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(watch);
    }
}
