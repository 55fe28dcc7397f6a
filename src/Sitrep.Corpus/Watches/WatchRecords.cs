using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Watches;

/// <summary>
/// The SQL of what watches remember (watch_incidents, watch_events) and what they send (notifications,
/// outbox), shared by both backends and always run inside the caller's transaction.
/// </summary>
internal static class WatchRecords
{
    /// <summary>Records that the watch told about the incident; false when another writer recorded it first.</summary>
    public static bool TryStart(DbConnection connection, DbTransaction transaction, long watchId, string key, IncidentFigures figures) =>
        connection.Execute(
            """
            INSERT INTO watch_incidents (watch_id, incident_key, revision, killed_best, killed_max, injured_best, injured_max, conflict, updated_at)
            VALUES (@watchId, @key, 1, @KilledBest, @KilledMax, @InjuredBest, @InjuredMax, @Conflict, @now)
            ON CONFLICT (watch_id, incident_key) DO NOTHING
            """,
            new { watchId, key, figures.KilledBest, figures.KilledMax, figures.InjuredBest, figures.InjuredMax, figures.Conflict, now = Clock.Now }, transaction) == 1;

    /// <summary>The figures last told about the incident, or null.</summary>
    public static IncidentFigures? Told(DbConnection connection, DbTransaction transaction, long watchId, string key) =>
        connection.QuerySingleOrDefault<ToldRow>(
            "SELECT killed_best, killed_max, injured_best, injured_max, conflict FROM watch_incidents WHERE watch_id = @watchId AND incident_key = @key",
            new { watchId, key }, transaction) is { } told
            ? new IncidentFigures(told.KilledBest, told.KilledMax, told.InjuredBest, told.InjuredMax, told.Conflict)
            : null;

    private sealed class ToldRow
    {
        public int? KilledBest { get; set; }
        public int? KilledMax { get; set; }
        public int? InjuredBest { get; set; }
        public int? InjuredMax { get; set; }
        public string? Conflict { get; set; }
    }

    /// <summary>Stores the figures now told and returns the incident's new revision number.</summary>
    public static int Advance(DbConnection connection, DbTransaction transaction, long watchId, string key, IncidentFigures figures) =>
        connection.ExecuteScalar<int>(
            """
            UPDATE watch_incidents SET revision = revision + 1, killed_best = @KilledBest, killed_max = @KilledMax, injured_best = @InjuredBest,
              injured_max = @InjuredMax, conflict = @Conflict, updated_at = @now
            WHERE watch_id = @watchId AND incident_key = @key RETURNING revision
            """,
            new { watchId, key, figures.KilledBest, figures.KilledMax, figures.InjuredBest, figures.InjuredMax, figures.Conflict, now = Clock.Now }, transaction);

    /// <summary>Counts the events into the watch's incident, so later sources of them find it.</summary>
    public static void Count(DbConnection connection, DbTransaction transaction, long watchId, string key, IEnumerable<EventRow> members) =>
        connection.Execute(
            "INSERT INTO watch_events (watch_id, document_id, event_id, incident_key) VALUES (@watchId, @DocumentId, @EventId, @key) ON CONFLICT DO NOTHING",
            members.Select(m => new { watchId, m.DocumentId, m.EventId, key }), transaction);

    /// <summary>The watches counting this event, with their incident keys.</summary>
    public static IReadOnlyList<(long WatchId, string IncidentKey)> Counting(DbConnection connection, DbTransaction transaction, string documentId, string eventId) =>
        connection.Query<(long, string)>(
            "SELECT watch_id, incident_key FROM watch_events WHERE document_id = @documentId AND event_id = @eventId ORDER BY watch_id",
            new { documentId, eventId }, transaction).ToList();

    /// <summary>The events a watch counts into one incident.</summary>
    public static List<EventRow> Members(DbConnection connection, DbTransaction transaction, long watchId, string key) =>
        connection.Query<EventRow>(
            WatchEvaluator.EventsSql + " JOIN watch_events w ON w.document_id = e.document_id AND w.event_id = e.event_id"
            + " WHERE w.watch_id = @watchId AND w.incident_key = @key ORDER BY e.document_id, e.event_id",
            new { watchId, key }, transaction).ToList();

    /// <summary>Writes one notification and an outbox row for each of the watch's channels.</summary>
    public static void Notify(DbConnection connection, DbTransaction transaction, Watch watch, string key, int revision, string kind, IReadOnlyList<string> changes, WatchedIncident incident)
    {
        var notificationKey = KeyOf(watch.Id, key, revision);
        incident.Sources ??= NotificationBuilder.Sources(connection, transaction, incident);
        var notification = NotificationBuilder.Build(watch.Name, notificationKey, kind, changes, key, incident, incident.Sources);
        var now = Clock.Now;
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO notifications (key, watch_id, incident_key, kind, summary, payload, created_at)
            VALUES (@notificationKey, @watchId, @key, @kind, @summary, @payload, @now) RETURNING seq
            """,
            new
            {
                notificationKey, watchId = watch.Id, key, kind, summary = notification.Summary,
                payload = JsonSerializer.Serialize(notification, WatchJsonContext.Default.Notification), now,
            }, transaction);
        foreach (var (channel, target) in Channels(watch))
        {
            connection.Execute(
                "INSERT INTO outbox (notification_id, channel, target, next_attempt_at, created_at) VALUES (@id, @channel, @target, @now, @now)",
                new { id, channel, target, now }, transaction);
        }
    }

    private static IEnumerable<(string Channel, string Target)> Channels(Watch watch)
    {
        if (watch.Webhook is { } url)
        {
            yield return (DeliveryChannels.Webhook, url);
        }

        if (watch.Email is { } address)
        {
            yield return (DeliveryChannels.Email, address);
        }
    }

    // The same watch, incident and revision always give the same key; different ones never do.
    private static string KeyOf(long watchId, string incidentKey, int revision) =>
        "n" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{watchId}/{incidentKey}/{revision}")))[..24];
}

/// <summary>The delivery channels of the outbox.</summary>
public static class DeliveryChannels
{
    /// <summary>HTTP POST of the notification's JSON, signed.</summary>
    public const string Webhook = "webhook";
    /// <summary>E-mail over SMTP.</summary>
    public const string Email = "email";
}

/// <summary>The store's clock: milliseconds since the Unix epoch.</summary>
internal static class Clock
{
    public static long Now => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
}
