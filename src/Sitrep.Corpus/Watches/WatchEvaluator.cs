using System.Data.Common;
using Dapper;
using Sitrep.Corpus.Incidents;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Watches;

/// <summary>
/// Runs inside the transaction that stores a document's events: finds the incident each new violent event
/// makes or joins, and for every watch decides whether it is news (an incident first matching), a revision
/// (figures the watch told before changed) or nothing, writing the notifications and their outbox rows in
/// that same transaction. A watch therefore tells each change once, and a crash before the commit loses the
/// document and its notifications together.
/// </summary>
internal sealed class WatchEvaluator
{
    private readonly IncidentLinker linker = new();
    private readonly WatchCache watches = new();

    /// <summary>Evaluates the watches for the violent events just stored for <paramref name="documentId"/>.</summary>
    public int Evaluate(DbConnection connection, DbTransaction transaction, string documentId, string text)
    {
        var all = watches.Get(connection, transaction);
        if (all.Count == 0)
        {
            return 0;
        }

        var notified = 0;
        foreach (var trigger in connection.Query<EventRow>(
            EventsSql + " WHERE e.document_id = @documentId AND e.category = 'violence' AND e.scope = 'incident' ORDER BY e.seq",
            new { documentId }, transaction).ToList())
        {
            notified += Decide(connection, transaction, all, Incident(connection, transaction, trigger, text));
        }

        return notified;
    }

    /// <summary>
    /// A review that corrects or rejects an event revises every watched incident counting it: each watch
    /// following it is told once, with the correction in its changes.
    /// </summary>
    public int EvaluateReview(DbConnection connection, DbTransaction transaction, Review.ReviewEntry entry)
    {
        if (entry.Action is not (Review.ReviewActions.Correct or Review.ReviewActions.Reject))
        {
            return 0;
        }

        var change = entry.Action == Review.ReviewActions.Reject
            ? $"review by {entry.Reviewer}: event {entry.EventId} of document {entry.DocumentId} is not a real event"
            : $"review by {entry.Reviewer}: {entry.Field} {entry.OldValue ?? "?"} → {entry.NewValue ?? "?"}";
        var byId = watches.Get(connection, transaction).ById;
        var notified = 0;
        foreach (var (watchId, key) in WatchRecords.Counting(connection, transaction, entry.DocumentId, entry.EventId))
        {
            var members = WatchRecords.Members(connection, transaction, watchId, key);
            var trigger = members.FirstOrDefault(m => m.DocumentId == entry.DocumentId && m.EventId == entry.EventId);
            if (trigger is null || !byId.TryGetValue(watchId, out var watch))
            {
                continue;
            }

            var text = connection.QuerySingle<string>("SELECT text FROM documents WHERE id = @DocumentId", entry, transaction);
            var incident = new WatchedIncident(IncidentLinker.Summarise(members).Row, members, trigger, text);
            var notes = Revisions(connection, transaction, [(watch, key)], incident, change);
            WatchRecords.NotifyAll(connection, transaction, notes, incident);
            notified += notes.Count;
        }

        return notified;
    }

    /// <summary>The incident <paramref name="trigger"/> makes with the stored events of other documents it links to.</summary>
    public WatchedIncident Incident(DbConnection connection, DbTransaction transaction, EventRow trigger, string text)
    {
        // Ordered as the linker orders members, so the summary's id names the group whichever member arrived last.
        var members = Members(connection, transaction, trigger)
            .OrderBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.EventId, StringComparer.Ordinal).ToList();
        return new WatchedIncident(IncidentLinker.Summarise(members).Row, members, trigger, text);
    }

    /// <summary>The stored events with the same sub-event type within the linker's day window that it would link to the trigger.</summary>
    private List<EventRow> Members(DbConnection connection, DbTransaction transaction, EventRow trigger)
    {
        var members = new List<EventRow> { trigger };
        if (trigger.SubEventType is null || trigger.DatePrecision != "day"
            || !DateOnly.TryParseExact(trigger.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            return members;
        }

        var window = new DynamicParameters();
        window.Add("type", trigger.SubEventType);
        window.Add("documentId", trigger.DocumentId);
        window.Add("from", day.AddDays(-linker.DayWindow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        window.Add("to", day.AddDays(linker.DayWindow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var candidates = connection.Query<EventRow>(
            EventsSql + " WHERE e.sub_event_type = @type AND e.date >= @from AND e.date <= @to AND e.document_id <> @documentId"
            + " AND e.category = 'violence' AND e.scope = 'incident' AND e.date_precision = 'day' ORDER BY e.document_id, e.event_id",
            window, transaction);
        members.AddRange(candidates.Where(c => linker.SamePlace(trigger, c) && IncidentLinker.ActorsOverlap(trigger, c)));
        return members;
    }

    // Every watch at once: which start following the incident, which have a revision to tell; their rows are
    // written in a few multi-row statements, so a thousand watches cost about as many round trips as one.
    private static int Decide(DbConnection connection, DbTransaction transaction, WatchSet all, WatchedIncident incident)
    {
        var tracked = Tracked(connection, transaction, incident.Members);
        var fresh = all.Matching(incident, tracked);
        if (tracked.Count == 0 && fresh.Count == 0)
        {
            return 0;
        }

        var key = incident.Summary.Id;
        var started = WatchRecords.StartAll(connection, transaction, fresh.Select(w => w.Id), key, incident.Figures);
        var notes = fresh.Where(w => started.Contains(w.Id)).Select(w => new PendingNotification(w, key, 1, NotificationKinds.New, [])).ToList();
        // Tracked incidents, and those another writer started for a watch meanwhile, are revisions when their figures moved.
        var revising = tracked.Keys.Order().Where(all.ById.ContainsKey).Select(id => (Watch: all.ById[id], Key: tracked[id]))
            .Concat(fresh.Where(w => !started.Contains(w.Id)).Select(w => (Watch: w, Key: key))).ToList();
        notes.AddRange(Revisions(connection, transaction, revising, incident, null));
        WatchRecords.NotifyAll(connection, transaction, notes, incident);
        WatchRecords.CountAll(connection, transaction, revising.Concat(fresh.Where(w => started.Contains(w.Id)).Select(w => (Watch: w, Key: key))), incident.Members);
        return notes.Count;
    }

    /// <summary>The revisions to tell: each watch whose incident's figures differ from those it told last (every one when <paramref name="change"/> is given).</summary>
    internal static List<PendingNotification> Revisions(DbConnection connection, DbTransaction transaction, IReadOnlyList<(Watch Watch, string Key)> revising,
        WatchedIncident incident, string? change)
    {
        var told = WatchRecords.ToldAll(connection, transaction, revising.Select(r => r.Key).Distinct(StringComparer.Ordinal));
        var notes = new List<PendingNotification>();
        foreach (var (watch, key) in revising)
        {
            var changes = told.TryGetValue((watch.Id, key), out var before) ? incident.Figures.ChangesFrom(before).ToList() : [];
            if (change is not null)
            {
                changes.Insert(0, change);
            }

            if (changes.Count > 0)
            {
                notes.Add(new PendingNotification(watch, key, WatchRecords.Advance(connection, transaction, watch.Id, key, incident.Figures), NotificationKinds.Revised, changes));
            }
        }

        return notes;
    }

    // Watch id -> the key under which it counts one of these events (the lowest key when a new source joins two).
    private static Dictionary<long, string> Tracked(DbConnection connection, DbTransaction transaction, IReadOnlyList<EventRow> members)
    {
        var parameters = new DynamicParameters();
        var conditions = new List<string>();
        for (var i = 0; i < members.Count; i++)
        {
            conditions.Add($"(document_id = @d{i} AND event_id = @e{i})");
            parameters.Add("d" + i, members[i].DocumentId);
            parameters.Add("e" + i, members[i].EventId);
        }

        return connection.Query<(long WatchId, string IncidentKey)>(
                "SELECT watch_id, incident_key FROM watch_events WHERE " + string.Join(" OR ", conditions), parameters, transaction)
            .GroupBy(r => r.WatchId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.IncidentKey).Min(StringComparer.Ordinal)!);
    }

    /// <summary>Events joined with their document's source, title and date, as the linker reads them.</summary>
    internal const string EventsSql =
        "SELECT e.*, coalesce(d.url, d.source) AS source_url, d.title, d.published FROM events e JOIN documents d ON d.id = e.document_id";
}
