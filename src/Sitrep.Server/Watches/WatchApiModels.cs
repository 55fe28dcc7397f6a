using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Corpus.Watches;

namespace Sitrep.Server.Watches;

/// <summary>A watch as the API shows it: everything but the signing secret.</summary>
/// <param name="Name">Name.</param>
/// <param name="Filters">The filters in command-line words.</param>
/// <param name="Country">Country filter.</param>
/// <param name="Admin1">Admin-1 filter.</param>
/// <param name="Lat">Point latitude.</param>
/// <param name="Lon">Point longitude.</param>
/// <param name="RadiusKm">Radius around the point.</param>
/// <param name="Type">Sub-event or event type.</param>
/// <param name="Actor">Actor or target substring.</param>
/// <param name="MinKilled">Least killed.</param>
/// <param name="MinInjured">Least injured.</param>
/// <param name="Words">Words all in the article.</param>
/// <param name="Webhook">Webhook URL.</param>
/// <param name="Email">E-mail address.</param>
/// <param name="Feed">Path of the watch's Atom feed.</param>
/// <param name="Created">When added (ms since the Unix epoch).</param>
public sealed record WatchView(string Name, string Filters, string? Country, string? Admin1, double? Lat, double? Lon, double? RadiusKm, string? Type,
    string? Actor, int? MinKilled, int? MinInjured, string? Words, string? Webhook, string? Email, string Feed, long Created)
{
    /// <summary>The view of <paramref name="w"/>.</summary>
    public static WatchView Of(Watch w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return new(w.Name, w.Describe(), w.Country, w.Admin1, w.Lat, w.Lon, w.RadiusKm, w.Type, w.Actor, w.MinKilled, w.MinInjured, w.Words,
            w.Webhook, w.Email, WatchFeed.PathOf(w.Name), w.CreatedAt);
    }
}

/// <summary>The body of <c>POST /api/watches</c>: the CLI's <c>watch add</c> options.</summary>
public sealed record WatchRequest(string? Name, string? Country, string? Admin1, double? Lat, double? Lon, double? RadiusKm, string? Type, string? Actor,
    int? MinKilled, int? MinInjured, string? Words, string? Webhook, string? Email);

/// <summary>A created watch and its webhook secret, shown this once.</summary>
/// <param name="Watch">The watch.</param>
/// <param name="Secret">HMAC-SHA256 key of the webhook signature.</param>
public sealed record CreatedWatch(WatchView Watch, string Secret);

/// <summary>One notification of a watch, with its delivery state.</summary>
/// <param name="Key">Idempotency key.</param>
/// <param name="Kind">new or revised.</param>
/// <param name="Summary">One line.</param>
/// <param name="Created">When made (ms since the Unix epoch).</param>
/// <param name="Deliveries">State per channel.</param>
/// <param name="Notification">The body as sent.</param>
public sealed record NotificationView(string Key, string Kind, string Summary, long Created, string Deliveries, Notification Notification)
{
    /// <summary>The view of <paramref name="n"/>.</summary>
    public static NotificationView Of(NotificationRecord n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new(n.Key, n.Kind, n.Summary, n.CreatedAt, n.Deliveries, JsonSerializer.Deserialize(n.Payload, WatchJsonContext.Default.Notification)!);
    }
}

/// <summary>Source-generated JSON for the watch endpoints (its own context, chained after the server's).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(IReadOnlyList<WatchView>))]
[JsonSerializable(typeof(WatchView))]
[JsonSerializable(typeof(WatchRequest))]
[JsonSerializable(typeof(CreatedWatch))]
[JsonSerializable(typeof(IReadOnlyList<NotificationView>))]
[JsonSerializable(typeof(IReadOnlyList<Corpus.Store.IncidentRow>))]
public sealed partial class WatchApiJsonContext : JsonSerializerContext;
