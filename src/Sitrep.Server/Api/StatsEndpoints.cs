using Sitrep.Corpus.Store;

namespace Sitrep.Server.Api;

/// <summary><c>/api/stats</c>: event counts per day, admin-1 region and sub-event type (reviews applied).</summary>
internal static class StatsEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/stats", (ICorpusStore store, HttpRequest request) =>
            {
                var filter = ApiQuery.Filter(request, ApiQuery.MaxLimit);
                var events = store.ReviewedEvents(filter, keepRejected: false).Events;
                return TypedResults.Ok(new Stats(store.Counts(), Count(events, e => e.Date), Count(events, e => e.Admin1), Count(events, e => e.SubEventType)));
            })
            .WithSummary("Counts of events, killed and injured per day, admin-1 region and sub-event type (same filters as /api/events).");

    private static List<KeyCount> Count(IReadOnlyList<EventRow> events, Func<EventRow, string?> key) =>
        events.Where(e => key(e) is not null)
            .GroupBy(e => key(e)!, StringComparer.Ordinal)
            .Select(g => new KeyCount(g.Key, g.Count(), g.Sum(e => e.KilledBest ?? 0), g.Sum(e => e.InjuredBest ?? 0)))
            .OrderBy(k => k.Key, StringComparer.Ordinal)
            .ToList();
}
