using System.Text.Json;
using Sitrep.Corpus.Store;

namespace Sitrep.Server.Api;

/// <summary>Open (no token) read endpoints: documents, events, incidents, quotes, entities, search.</summary>
internal static class ReadEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/documents", (ICorpusStore store, string? from, string? to, string? limit, int? offset) =>
                TypedResults.Ok(store.Browser().Documents(ApiQuery.Date(from, "from"), ApiQuery.Date(to, "to"), ApiQuery.Limit(limit, 100), Math.Max(0, offset ?? 0))))
            .WithSummary("Lists documents, newest first (from, to: publication dates; limit, offset: paging).");

        api.MapGet("/documents/{id}", Results<Ok<DocumentView>, NotFound> (ICorpusStore store, string id) =>
            {
                if (store.Browser().Document(id) is not { } d)
                {
                    return TypedResults.NotFound();
                }

                using var report = d.Report is null ? null : JsonDocument.Parse(d.Report);
                // The counts the list shows, read from the report itself.
                var summary = new Corpus.Browse.DocumentSummary
                {
                    Id = d.Id, Source = d.Source, Url = d.Url, Title = d.Title, Published = d.Published, Status = d.Status,
                    Events = Count(report, "events"), Quotes = Count(report, "quotes"),
                };
                return TypedResults.Ok(new DocumentView(summary, d.Text, report?.RootElement.Clone(), store.Reviews().Reviews(d.Id)));
            })
            .WithSummary("One document: its text, its full report (sitrep.report/1) and the review trail of its events.");

        // The two event endpoints the map and the list hit most are cached until the store changes (ResponseCache).
        api.MapGet("/events", (ICorpusStore store, ResponseCache cache, HttpRequest request, bool? rejected) =>
                cache.Json(request, () => store.ReviewedEvents(ApiQuery.Filter(request, 1000), rejected ?? true)))
            .Produces<EventList>(contentType: "application/json")
            .WithSummary("Events with reviews applied (filters: country, admin1, from, to, type, actor, limit; rejected=false drops rejected events).");

        api.MapGet("/events/map", (ICorpusStore store, ResponseCache cache, HttpRequest request) =>
                cache.Json(request, () =>
                {
                    var list = store.ReviewedEvents(ApiQuery.Filter(request, ApiQuery.MaxLimit), keepRejected: true, points: true);
                    return MapColumns.Of(list.Events, list.Reviews);
                }))
            .Produces<MapColumns>(contentType: "application/json")
            .WithSummary("The map's lean view of the events: one array per field, text as indexes into strings (same filters as /api/events, no limit by default).");

        api.MapGet("/incidents", (ICorpusStore store, HttpRequest request) => TypedResults.Ok(store.Incidents(ApiQuery.Filter(request, 1000))))
            .WithSummary("Incidents: events from several sources linked together, each source's figures side by side, conflicts flagged.");

        api.MapGet("/quotes", (ICorpusStore store, HttpRequest request, string? q) =>
            {
                var filter = ApiQuery.Filter(request, 200);
                return ApiQuery.Value(q) is { } text
                    ? Results.Ok(store.SearchQuotes(text, filter.Limit ?? 200))
                    : Results.Ok(store.Quotes(filter).ToList());
            })
            .WithSummary("Quotes by speaker, kind (type) and publication date; q= searches quote text and speakers instead.");

        api.MapGet("/entities", (ICorpusStore store, HttpRequest request) => TypedResults.Ok(store.Entities(ApiQuery.Filter(request, 500)).ToList()))
            .WithSummary("Entities (filters: type, actor = name substring, country = affiliation, from, to, limit).");

        api.MapGet("/search", Results<Ok<IReadOnlyList<Corpus.Store.SearchHit>>, BadRequest<string>> (ICorpusStore store, string? q, string? limit) =>
                ApiQuery.Value(q) is { } text ? TypedResults.Ok(store.Search(text, ApiQuery.Limit(limit, 50))) : TypedResults.BadRequest("q is required"))
            .WithSummary("Full-text search over document titles and text.");
    }

    private static int Count(JsonDocument? report, string array) =>
        report?.RootElement.TryGetProperty(array, out var items) == true && items.ValueKind == JsonValueKind.Array ? items.GetArrayLength() : 0;
}
