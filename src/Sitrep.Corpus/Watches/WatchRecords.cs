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
    /// <summary>Records that these watches tell about the incident; returns those recorded (the others another writer recorded first).</summary>
    public static HashSet<long> StartAll(DbConnection connection, DbTransaction transaction, IEnumerable<long> watchIds, string key, IncidentFigures figures)
    {
        // The incident's key and figures are the same for every watch: bound once, joined to the list of watch ids.
        var started = new HashSet<long>();
        foreach (var chunk in watchIds.Chunk(SqlValues.ChunkRows))
        {
            var parameters = new DynamicParameters(new { key, figures.KilledBest, figures.KilledMax, figures.InjuredBest, figures.InjuredMax, figures.Conflict, now = Clock.Now });
            var ids = SqlValues.Table(parameters, "w", chunk.Select(id => new object?[] { id }));
            started.UnionWith(connection.Query<long>(
                "INSERT INTO watch_incidents (watch_id, incident_key, revision, killed_best, killed_max, injured_best, injured_max, conflict, updated_at)"
                + $" SELECT v.column1, @key, 1, @KilledBest, @KilledMax, @InjuredBest, @InjuredMax, @Conflict, @now FROM {ids} AS v"
                // WHERE true: SQLite reads ON CONFLICT after a bare FROM as a join constraint.
                + " WHERE true ON CONFLICT (watch_id, incident_key) DO NOTHING RETURNING watch_id",
                parameters, transaction));
        }

        return started;
    }

    /// <summary>The figures last told about these incidents, by watch and incident key.</summary>
    public static Dictionary<(long WatchId, string Key), IncidentFigures> ToldAll(DbConnection connection, DbTransaction transaction, IEnumerable<string> keys)
    {
        var parameters = new DynamicParameters();
        var list = SqlList.In(parameters, "k", keys);
        return list == "IN ()" ? [] : connection.Query<ToldRow>(
                "SELECT watch_id, incident_key, killed_best, killed_max, injured_best, injured_max, conflict FROM watch_incidents WHERE incident_key " + list,
                parameters, transaction)
            .ToDictionary(t => (t.WatchId, t.IncidentKey), t => new IncidentFigures(t.KilledBest, t.KilledMax, t.InjuredBest, t.InjuredMax, t.Conflict));
    }

    private sealed class ToldRow
    {
        public long WatchId { get; set; }
        public string IncidentKey { get; set; } = "";
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

    /// <summary>Counts the events into each watch's incident, so later sources of them find it.</summary>
    public static void CountAll(DbConnection connection, DbTransaction transaction, IEnumerable<(Watch Watch, string Key)> followers, IReadOnlyList<EventRow> members)
    {
        // Every follower counts every member: the two lists are bound once each and crossed in SQL.
        var events = members.Select(m => new object?[] { m.DocumentId, m.EventId }).ToList();
        if (events.Count == 0)
        {
            return;
        }

        foreach (var chunk in followers.Chunk(SqlValues.ChunkRows))
        {
            var parameters = new DynamicParameters();
            var watches = SqlValues.Table(parameters, "w", chunk.Select(f => new object?[] { f.Watch.Id, f.Key }));
            var rows = SqlValues.Table(parameters, "m", events);
            connection.Execute(
                "INSERT INTO watch_events (watch_id, document_id, event_id, incident_key)"
                + $" SELECT w.column1, m.column1, m.column2, w.column2 FROM {watches} AS w CROSS JOIN {rows} AS m"
                + " WHERE true ON CONFLICT DO NOTHING",
                parameters, transaction);
        }
    }

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

    /// <summary>Writes the notifications and an outbox row for each of their watch's channels.</summary>
    public static void NotifyAll(DbConnection connection, DbTransaction transaction, IReadOnlyList<PendingNotification> notes, WatchedIncident incident)
    {
        if (notes.Count == 0)
        {
            return;
        }

        incident.Sources ??= NotificationBuilder.Sources(connection, transaction, incident);
        var now = Clock.Now;
        // The incident part of the body, serialized once per incident key for all the watches told about it.
        var incidents = new Dictionary<string, string>(StringComparer.Ordinal);
        var built = notes.Select(n => (Note: n, Body: NotificationBuilder.Build(n.Watch.Name, KeyOf(n.Watch.Id, n.Key, n.Revision), n.Kind, n.Changes, n.Key, incident, incident.Sources))).ToList();
        var ids = MultiRow.Query<(long Seq, string Key)>(connection, transaction, "notifications",
                ["key", "watch_id", "incident_key", "kind", "summary", "payload", "created_at"],
                built.Select(b => new object?[]
                {
                    b.Body.Key, b.Note.Watch.Id, b.Note.Key, b.Note.Kind, b.Body.Summary, NotificationJson.Write(b.Body, incidents.TryGetValue(b.Note.Key, out var json) ? json : incidents[b.Note.Key] = NotificationJson.OfIncident(b.Body.Incident)), now,
                }),
                " RETURNING seq, key")
            .ToDictionary(r => r.Key, r => r.Seq, StringComparer.Ordinal);
        MultiRow.Execute(connection, transaction, "outbox", ["notification_id", "channel", "target", "next_attempt_at", "created_at"],
            built.SelectMany(b => Channels(b.Note.Watch).Select(c => new object?[] { ids[b.Body.Key], c.Channel, c.Target, now, now })));
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

/// <summary>A notification decided and not yet written: for which watch, incident (key) and revision, of which kind, with what changes.</summary>
internal sealed record PendingNotification(Watch Watch, string Key, int Revision, string Kind, IReadOnlyList<string> Changes);

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
