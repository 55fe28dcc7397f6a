using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Watches;

/// <summary>Builds a notification's body: the incident, each source's figures and the evidence spans with their text.</summary>
internal static class NotificationBuilder
{
    private const int EvidenceChars = 300;

    public static Notification Build(string watch, string notificationKey, string kind, IReadOnlyList<string> changes, string incidentKey,
        WatchedIncident incident, IReadOnlyList<NotifiedSource> sources)
    {
        var s = incident.Summary;
        return new Notification(
            Notification.SchemaName, notificationKey, watch, kind, changes,
            DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            new NotifiedIncident(incidentKey, s.SubEventType, s.Date, s.PlaceName, s.Country, s.Admin1, s.Lat, s.Lon,
                s.KilledBest, s.KilledMax, s.InjuredBest, s.InjuredMax, s.Conflict, sources));
    }

    /// <summary>Each source's figures and evidence (with its text), oldest first; the same for every watch told about the incident.</summary>
    public static IReadOnlyList<NotifiedSource> Sources(DbConnection connection, DbTransaction transaction, WatchedIncident incident)
    {
        var texts = Texts(connection, transaction, incident);
        return incident.Members
            .OrderBy(m => m.Published ?? "", StringComparer.Ordinal).ThenBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.EventId, StringComparer.Ordinal)
            .Select(m => new NotifiedSource(
                m.DocumentId, m.EventId, m.SourceUrl, m.Title, m.Published, m.KilledBest, m.InjuredBest, m.Actors,
                "/api/documents/" + Uri.EscapeDataString(m.DocumentId),
                Evidence(m, texts.GetValueOrDefault(m.DocumentId, ""))))
            .ToList();
    }

    private static Dictionary<string, string> Texts(DbConnection connection, DbTransaction transaction, WatchedIncident incident)
    {
        var others = incident.Members.Select(m => m.DocumentId).Where(id => id != incident.Trigger.DocumentId).Distinct(StringComparer.Ordinal).ToList();
        var parameters = new DynamicParameters();
        var texts = others.Count == 0
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : connection.Query<(string Id, string Text)>("SELECT id, text FROM documents WHERE id " + SqlList.In(parameters, "d", others), parameters, transaction)
                .ToDictionary(r => r.Id, r => r.Text, StringComparer.Ordinal);
        texts[incident.Trigger.DocumentId] = incident.TriggerText;
        return texts;
    }

    private static List<NotifiedEvidence> Evidence(EventRow member, string text) =>
        (JsonSerializer.Deserialize(member.Evidence, CorpusJsonContext.Default.ListEvidenceSpan) ?? [])
        .Select(e =>
        {
            var start = Math.Clamp(e.Start, 0, text.Length);
            var end = Math.Clamp(e.End, start, Math.Min(text.Length, start + EvidenceChars));
            return new NotifiedEvidence(e.Field, e.Start, e.End, text[start..end]);
        })
        .ToList();
}
