using Sitrep.Corpus.Store;
using Sitrep.Corpus.Watches;
using Sitrep.Server.Api;
using Sitrep.Server.Security;

namespace Sitrep.Server.Watches;

/// <summary>Watches in the API (list, add and remove with the token, notifications, a dry run) and each watch's Atom feed.</summary>
internal static class WatchEndpoints
{
    public static void Map(WebApplication app, RouteGroupBuilder api)
    {
        api.MapGet("/watches", (ICorpusStore store) => TypedResults.Ok<IReadOnlyList<WatchView>>(Watches(store).Watches().Select(WatchView.Of).ToList()))
            .WithSummary("Every watch (its secret is never shown).");

        api.MapPost("/watches", Results<Created<CreatedWatch>, ValidationProblem> (ICorpusStore store, WatchRequest request) =>
            {
                var watch = new Watch
                {
                    Name = request.Name?.Trim() ?? "", Country = ApiQuery.Value(request.Country), Admin1 = ApiQuery.Value(request.Admin1),
                    Lat = request.Lat, Lon = request.Lon, RadiusKm = request.RadiusKm, Type = ApiQuery.Value(request.Type), Actor = ApiQuery.Value(request.Actor),
                    MinKilled = request.MinKilled, MinInjured = request.MinInjured, Words = ApiQuery.Value(request.Words),
                    Webhook = ApiQuery.Value(request.Webhook), Email = ApiQuery.Value(request.Email),
                };
                try
                {
                    Watches(store).AddWatch(watch);
                }
                catch (ArgumentException e)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["watch"] = [e.Message] });
                }

                return TypedResults.Created($"/api/watches/{Uri.EscapeDataString(watch.Name)}", new CreatedWatch(WatchView.Of(watch), watch.Secret));
            })
            .AddEndpointFilter<WriteToken>()
            .WithSummary("Adds a watch (body: the `sitrep watch add` options); returns its webhook secret once. Needs Authorization: Bearer TOKEN.");

        api.MapDelete("/watches/{name}", Results<NoContent, NotFound> (ICorpusStore store, string name) =>
                Watches(store).RemoveWatch(name) ? TypedResults.NoContent() : TypedResults.NotFound())
            .AddEndpointFilter<WriteToken>()
            .WithSummary("Removes a watch with its notifications and pending deliveries. Needs Authorization: Bearer TOKEN.");

        api.MapGet("/watches/{name}/notifications", Results<Ok<IReadOnlyList<NotificationView>>, NotFound> (ICorpusStore store, string name, string? limit) =>
                Watches(store).FindWatch(name) is null ? TypedResults.NotFound()
                    : TypedResults.Ok<IReadOnlyList<NotificationView>>(Watches(store).Notifications(name, ApiQuery.Limit(limit, 50)).Select(NotificationView.Of).ToList()))
            .WithSummary("A watch's notifications, newest first, each with its body and the state of its deliveries.");

        api.MapGet("/watches/{name}/test", Results<Ok<IReadOnlyList<IncidentRow>>, NotFound> (ICorpusStore store, string name, string? limit) =>
                Watches(store).FindWatch(name) is not { } watch ? TypedResults.NotFound()
                    : TypedResults.Ok<IReadOnlyList<IncidentRow>>(Watches(store).TestWatch(watch, ApiQuery.Limit(limit, 20)).Select(i => i.Summary).ToList()))
            .WithSummary("The stored incidents the watch matches now, newest first, without notifying.");

        app.MapGet("/feeds/watch/{file}", Results<ContentHttpResult, NotFound> (ICorpusStore store, string file, HttpRequest request) =>
            {
                const string suffix = ".atom";
                if (!file.EndsWith(suffix, StringComparison.Ordinal) || Watches(store).FindWatch(file[..^suffix.Length]) is not { } watch)
                {
                    return TypedResults.NotFound();
                }

                var self = new Uri($"{request.Scheme}://{request.Host}{WatchFeed.PathOf(watch.Name)}");
                return TypedResults.Content(WatchFeed.Write(watch, Watches(store).Notifications(watch.Name, WatchFeed.Entries), self), "application/atom+xml; charset=utf-8");
            })
            .WithSummary("A watch's notifications as an Atom feed: /feeds/watch/NAME.atom.");
    }

    private static IWatchStore Watches(ICorpusStore store) =>
        store as IWatchStore ?? throw new NotSupportedException($"the {store.Backend} store keeps no watches");
}
