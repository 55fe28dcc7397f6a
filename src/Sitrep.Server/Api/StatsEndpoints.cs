using Sitrep.Corpus.Stats;
using Sitrep.Corpus.Store;

namespace Sitrep.Server.Api;

/// <summary><c>/api/stats</c>: event counts per day, admin-1 region and sub-event type (reviews applied).</summary>
internal static class StatsEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/stats", (ICorpusStore store, HttpRequest request) =>
            {
                // Totalled by the database (GROUP BY), not by loading every event into the server.
                var totals = store.Totals().Totals(ApiQuery.Filter(request, ApiQuery.MaxLimit));
                return TypedResults.Ok(new Stats(store.Counts(), Rows(totals.PerDay), Rows(totals.PerAdmin1), Rows(totals.PerSubEventType)));
            })
            .WithSummary("Counts of events, killed and injured per day, admin-1 region and sub-event type (same filters as /api/events).");

    private static List<KeyCount> Rows(IReadOnlyList<EventTotal> totals) =>
        totals.Select(t => new KeyCount(t.Key, t.Events, t.Killed, t.Injured)).ToList();
}
