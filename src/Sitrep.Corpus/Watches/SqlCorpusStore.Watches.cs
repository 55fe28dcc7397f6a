using System.Security.Cryptography;
using Dapper;
using Sitrep.Corpus.Watches;

namespace Sitrep.Corpus.Store;

// Watches, notifications and the outbox (migration 040_watches.sql); lives with the watch code.
public abstract partial class SqlCorpusStore : IWatchStore
{
    private readonly WatchEvaluator watchEvaluator = new();

    /// <summary>Watches evaluated over this many of the newest stored incident events by <see cref="TestWatch"/>.</summary>
    public const int TestedEvents = 5000;

    /// <inheritdoc/>
    public Watch AddWatch(Watch watch)
    {
        ArgumentNullException.ThrowIfNull(watch);
        WatchRules.Check(watch);
        watch.Secret = watch.Secret.Length > 0 ? watch.Secret : Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        watch.CreatedAt = Now;
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM watches WHERE name = @Name", watch, transaction) > 0)
        {
            throw new ArgumentException($"a watch named '{watch.Name}' exists already (remove it first)");
        }

        watch.Id = connection.ExecuteScalar<long>(
            """
            INSERT INTO watches (name, country, admin1, lat, lon, radius_km, type, actor, min_killed, min_injured, words, webhook, email, secret, created_at)
            VALUES (@Name, @Country, @Admin1, @Lat, @Lon, @RadiusKm, @Type, @Actor, @MinKilled, @MinInjured, @Words, @Webhook, @Email, @Secret, @CreatedAt)
            RETURNING id
            """, watch, transaction);
        transaction.Commit();
        return watch;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Watch> Watches()
    {
        using var connection = OpenConnection();
        return connection.Query<Watch>("SELECT * FROM watches ORDER BY id").ToList();
    }

    /// <inheritdoc/>
    public Watch? FindWatch(string name)
    {
        using var connection = OpenConnection();
        return connection.QuerySingleOrDefault<Watch>("SELECT * FROM watches WHERE name = @name", new { name });
    }

    /// <inheritdoc/>
    public bool RemoveWatch(string name)
    {
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        var id = connection.ExecuteScalar<long?>("SELECT id FROM watches WHERE name = @name", new { name }, transaction);
        if (id is null)
        {
            return false;
        }

        // Explicit deletes rather than ON DELETE CASCADE: SQLite enforces foreign keys only when asked per connection.
        foreach (var sql in new[]
        {
            "DELETE FROM outbox WHERE notification_id IN (SELECT seq FROM notifications WHERE watch_id = @id)",
            "DELETE FROM notifications WHERE watch_id = @id",
            "DELETE FROM watch_events WHERE watch_id = @id",
            "DELETE FROM watch_incidents WHERE watch_id = @id",
            "DELETE FROM watches WHERE id = @id",
        })
        {
            connection.Execute(sql, new { id }, transaction);
        }

        transaction.Commit();
        return true;
    }

    /// <inheritdoc/>
    public IReadOnlyList<WatchedIncident> TestWatch(Watch watch, int limit)
    {
        ArgumentNullException.ThrowIfNull(watch);
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        var matches = new List<WatchedIncident>();
        var events = connection.Query<EventRow>(
            WatchEvaluator.EventsSql + " WHERE e.category = 'violence' AND e.scope = 'incident' ORDER BY e.date DESC, e.seq DESC LIMIT @cap",
            new { cap = TestedEvents }, transaction).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var trigger in events)
        {
            var incident = watchEvaluator.Incident(connection, transaction, trigger, TextOf(trigger.DocumentId) ?? "");
            if (WatchMatcher.Matches(watch, incident) && seen.Add(incident.Summary.Id))
            {
                matches.Add(incident);
                if (matches.Count >= limit)
                {
                    break;
                }
            }
        }

        transaction.Commit();
        return matches;
    }

    /// <inheritdoc/>
    public IReadOnlyList<NotificationRecord> Notifications(string watchName, int limit)
    {
        using var connection = OpenConnection();
        var rows = connection.Query<NotificationRecord>(
            """
            SELECT n.seq, n.key, n.incident_key, n.kind, n.summary, n.payload, n.created_at FROM notifications n JOIN watches w ON w.id = n.watch_id
            WHERE w.name = @watchName ORDER BY n.seq DESC LIMIT @limit
            """, new { watchName, limit }).ToList();
        if (rows.Count == 0)
        {
            return rows;
        }

        var ids = new DynamicParameters();
        var states = connection.Query<(long NotificationId, string Channel, int Attempts, long? DeliveredAt, long? GaveUpAt, string? LastError)>(
            "SELECT notification_id, channel, attempts, delivered_at, gave_up_at, last_error FROM outbox WHERE notification_id "
            + SqlList.In(ids, "n", rows.Select(r => r.Seq)) + " ORDER BY seq", ids).ToLookup(s => s.NotificationId);
        foreach (var row in rows)
        {
            row.Deliveries = string.Join("; ", states[row.Seq].Select(s =>
                $"{s.Channel}: " + (s.DeliveredAt is not null ? "delivered"
                    : s.GaveUpAt is not null ? $"gave up after {s.Attempts} attempts ({s.LastError})"
                    : s.LastError is null ? "pending" : $"pending (attempt {s.Attempts}: {s.LastError})")));
        }

        return rows;
    }

    /// <inheritdoc/>
    public IReadOnlyList<PendingDelivery> ClaimDeliveries(int count, TimeSpan lease)
    {
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        var now = Now;
        var claimed = connection.Query<long>(
            $"""
            UPDATE outbox SET attempts = attempts + 1, claimed_until = @until
            WHERE seq IN (
              SELECT seq FROM outbox
              WHERE delivered_at IS NULL AND gave_up_at IS NULL AND next_attempt_at <= @now AND (claimed_until IS NULL OR claimed_until < @now)
              ORDER BY seq LIMIT @count {ClaimLockClause})
            RETURNING seq
            """, new { until = now + (long)lease.TotalMilliseconds, now, count }, transaction).ToList();
        var ids = new DynamicParameters();
        var deliveries = claimed.Count == 0 ? [] : connection.Query<PendingDelivery>(
            "SELECT o.seq AS id, o.channel, o.target, o.attempts, n.key, n.summary, n.payload, w.secret, w.name AS watch_name"
            + " FROM outbox o JOIN notifications n ON n.seq = o.notification_id JOIN watches w ON w.id = n.watch_id"
            + " WHERE o.seq " + SqlList.In(ids, "o", claimed) + " ORDER BY o.seq", ids, transaction).ToList();
        transaction.Commit();
        return deliveries;
    }

    /// <inheritdoc/>
    public void DeliverySucceeded(long outboxId)
    {
        using var connection = OpenConnection();
        connection.Execute("UPDATE outbox SET delivered_at = @now, claimed_until = NULL, last_error = NULL WHERE seq = @outboxId", new { outboxId, now = Now });
    }

    /// <inheritdoc/>
    public void DeliveryFailed(long outboxId, string error, DateTimeOffset? retryAt)
    {
        using var connection = OpenConnection();
        connection.Execute(
            retryAt is { } at
                ? "UPDATE outbox SET claimed_until = NULL, last_error = @error, next_attempt_at = @next WHERE seq = @outboxId"
                : "UPDATE outbox SET claimed_until = NULL, last_error = @error, gave_up_at = @now WHERE seq = @outboxId",
            new { outboxId, error, next = retryAt?.ToUnixTimeMilliseconds() ?? 0, now = Now });
    }

    /// <summary>Evaluates the watches for a document's just-written events (inside its transaction).</summary>
    protected void EvaluateWatches(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string documentId, string text) =>
        watchEvaluator.Evaluate(connection, transaction, documentId, text);

    /// <summary>Notifies the watches following the incident of a corrected or rejected event (inside the review's transaction).</summary>
    protected void EvaluateReviewWatches(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, Review.ReviewEntry entry) =>
        watchEvaluator.EvaluateReview(connection, transaction, entry);
}
