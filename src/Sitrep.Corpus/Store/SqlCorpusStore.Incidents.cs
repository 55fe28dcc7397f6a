using Dapper;
using Sitrep.Corpus.Incidents;

namespace Sitrep.Corpus.Store;

// Incident storage: linking itself is pure (IncidentLinker); the store loads candidates and swaps the
// whole result in one transaction, so readers never see a half-linked corpus.
public abstract partial class SqlCorpusStore
{
    /// <inheritdoc/>
    public IReadOnlyList<EventRow> LinkableEvents()
    {
        using var connection = OpenConnection();
        return connection.Query<EventRow>(
            """
            SELECT e.*, coalesce(d.url, d.source) AS source_url, d.title, d.published FROM events e JOIN documents d ON d.id = e.document_id
            WHERE e.category = 'violence' AND e.scope = 'incident' AND e.sub_event_type IS NOT NULL
              AND e.date IS NOT NULL AND e.date_precision = 'day'
            ORDER BY e.document_id, e.event_id
            """).ToList();
    }

    /// <inheritdoc/>
    public void ReplaceIncidents(IReadOnlyList<Incident> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        connection.Execute("UPDATE events SET incident_id = NULL WHERE incident_id IS NOT NULL", transaction: transaction);
        connection.Execute("DELETE FROM incidents", transaction: transaction);
        connection.Execute(
            """
            INSERT INTO incidents (id, sub_event_type, date, place_name, country, admin1, lat, lon, killed_best, killed_max,
              injured_best, injured_max, conflict, sources, figures)
            VALUES (@Id, @SubEventType, @Date, @PlaceName, @Country, @Admin1, @Lat, @Lon, @KilledBest, @KilledMax,
              @InjuredBest, @InjuredMax, @Conflict, @Sources, @Figures)
            """, incidents.Select(i => i.Row), transaction);
        connection.Execute(
            "UPDATE events SET incident_id = @Id WHERE document_id = @DocumentId AND event_id = @EventId",
            incidents.SelectMany(i => i.Members.Select(m => new { i.Row.Id, m.DocumentId, m.EventId })), transaction);
        transaction.Commit();
    }
}
