using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Corpus.Feeds;
using Sitrep.Corpus.Store;

namespace Sitrep.Server.Feeds;

/// <summary><c>GET /api/feeds</c>: how each feed polled into the store fared (what <c>sitrep feeds</c> lists).</summary>
internal static class FeedEndpoints
{
    public static void AddFeeds(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Add(FeedApiJsonContext.Default));

    public static void MapFeeds(this RouteGroupBuilder api) =>
        api.MapGet("/feeds", (ICorpusStore store) => TypedResults.Ok<IReadOnlyList<FeedStatus>>(store is IFeedStore feeds ? feeds.Feeds() : []))
            .WithSummary("Every feed polled into the store: last poll (ms since the Unix epoch), outcome and error, the last poll's items, "
                + "new and failed, documents stored so far, polls and failed polls, and when the next poll is due.");
}

/// <summary>Source-generated JSON for the feed endpoint (its own context, chained after the server's).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(IReadOnlyList<FeedStatus>))]
public sealed partial class FeedApiJsonContext : JsonSerializerContext;
