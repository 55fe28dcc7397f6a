namespace Sitrep.Server.Watches;

/// <summary>Registers the watch endpoints, their JSON and the outbox deliverer (one call each from <see cref="SitrepServer"/>).</summary>
internal static class WatchServices
{
    public static void AddWatches(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Add(WatchApiJsonContext.Default));
        services.AddHostedService<DeliveryService>();
    }

    public static void MapWatches(this WebApplication app, RouteGroupBuilder api) => WatchEndpoints.Map(app, api);
}
