using Sitrep.Corpus.Incidents;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Watches;

/// <summary>
/// Whether an incident matches a watch: every filter the watch sets must hold; place filters hold when any
/// member's place satisfies them (sources place one strike at the town or at its district), text filters
/// compare case-insensitively as the <c>events</c> command does (country, admin-1 and type equal; actor a
/// substring), tolls against the best estimate, and words must all occur in the reporting document.
/// </summary>
public static class WatchMatcher
{
    /// <summary>Whether <paramref name="incident"/> matches <paramref name="watch"/>.</summary>
    public static bool Matches(Watch watch, WatchedIncident incident)
    {
        ArgumentNullException.ThrowIfNull(watch);
        ArgumentNullException.ThrowIfNull(incident);
        var members = incident.Members;
        return (watch.Country is not { } country || members.Any(m => Same(m.Country, country)))
            && (watch.Admin1 is not { } admin1 || members.Any(m => Same(m.Admin1, admin1)))
            && (watch.Type is not { } type || members.Any(m => Same(m.SubEventType, type) || Same(m.EventType, type)))
            && (watch.Actor is not { } actor || members.Any(m => Has(m.Actors, actor) || Has(m.Targets, actor)))
            && (watch.MinKilled is not { } killed || incident.Summary.KilledBest >= killed)
            && (watch.MinInjured is not { } injured || incident.Summary.InjuredBest >= injured)
            && Near(watch, members)
            && (watch.Words is not { } words || HasAllWords(incident.TriggerText, words));
    }

    /// <summary>Whether every whitespace-separated word of <paramref name="words"/> occurs in <paramref name="text"/>.</summary>
    public static bool HasAllWords(string text, string words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        return words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private static bool Near(Watch watch, IReadOnlyList<EventRow> members) =>
        watch.Lat is not { } lat || watch.Lon is not { } lon || watch.RadiusKm is not { } radius
        || members.Any(m => m.Lat is { } mlat && m.Lon is { } mlon
            // The latitude bound rejects most far points before the haversine (with a metre's slack for rounding).
            && GeoDistance.AtLeastKilometres(lat, mlat) <= radius + 0.001 && GeoDistance.Kilometres(lat, lon, mlat, mlon) <= radius);

    private static bool Same(string? value, string wanted) => value is not null && string.Equals(value, wanted, StringComparison.OrdinalIgnoreCase);

    private static bool Has(string? value, string wanted) => value is not null && value.Contains(wanted, StringComparison.OrdinalIgnoreCase);
}
