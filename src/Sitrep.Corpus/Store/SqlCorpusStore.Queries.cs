using System.Data.Common;
using Dapper;

namespace Sitrep.Corpus.Store;

// Read side: filtered, streamed queries shared by both backends.
public abstract partial class SqlCorpusStore
{
    /// <inheritdoc/>
    public IEnumerable<EventRow> Events(CorpusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = EventFilter(filter);
        return Stream<EventRow>(
            "SELECT e.*, coalesce(d.url, d.source) AS source_url, d.title, d.published FROM events e JOIN documents d ON d.id = e.document_id"
            + sql.Where + " ORDER BY e.date, e.document_id, e.seq" + sql.Limit(filter.Limit), sql.Parameters);
    }

    /// <summary>The WHERE clause of an event query (table alias <c>e</c>); the indexes of migration 020 match it.</summary>
    private static FilterSql EventFilter(CorpusFilter filter) => new FilterSql()
        .Equal("e.country", "country", filter.Country)
        .Equal("e.admin1", "admin1", filter.Admin1)
        .Range("e.date", filter.From, filter.To)
        .AnyEqual(["e.event_type", "e.sub_event_type", "e.category", "e.plover"], "type", filter.Type)
        .Contains(["e.actors", "e.targets"], "actor", filter.Actor)
        .DocumentLanguage("e.document_id", filter.Language);

    /// <inheritdoc/>
    public IEnumerable<QuoteRow> Quotes(CorpusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new FilterSql()
            .Range("d.published", filter.From, filter.To)
            .Equal("q.kind", "type", filter.Type)
            .Contains(["q.speaker"], "speaker", filter.Speaker)
            .DocumentLanguage("q.document_id", filter.Language);
        return Stream<QuoteRow>(
            "SELECT q.*, d.published, coalesce(d.url, d.source) AS source_url FROM quotes q JOIN documents d ON d.id = q.document_id"
            + sql.Where + " ORDER BY d.published, q.document_id, q.seq" + sql.Limit(filter.Limit), sql.Parameters);
    }

    /// <inheritdoc/>
    public IEnumerable<EntityRow> Entities(CorpusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new FilterSql()
            .Equal("n.affiliation", "country", filter.Country)
            .Range("d.published", filter.From, filter.To)
            .Equal("n.type", "type", filter.Type)
            .Contains(["n.name"], "actor", filter.Actor ?? filter.Speaker)
            .DocumentLanguage("n.document_id", filter.Language);
        return Stream<EntityRow>(
            "SELECT n.*, d.published FROM entities n JOIN documents d ON d.id = n.document_id"
            + sql.Where + " ORDER BY n.name, n.document_id" + sql.Limit(filter.Limit), sql.Parameters);
    }

    /// <inheritdoc/>
    public IReadOnlyList<PlaceRow> Places(string documentId)
    {
        using var connection = OpenConnection();
        return connection.Query<PlaceRow>("SELECT * FROM places WHERE document_id = @documentId ORDER BY place_id", new { documentId }).ToList();
    }

    /// <inheritdoc/>
    public IEnumerable<string> Reports(CorpusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new FilterSql().Range("d.published", filter.From, filter.To).DocumentLanguage("d.id", filter.Language);
        var condition = sql.Where.Length == 0 ? " WHERE d.status = 'done'" : sql.Where + " AND d.status = 'done'";
        if (filter.Country is not null || filter.Admin1 is not null || filter.Type is not null || filter.Actor is not null)
        {
            // Documents with at least one event matching the event filters.
            var events = new FilterSql()
                .Equal("e.country", "country", filter.Country)
                .Equal("e.admin1", "admin1", filter.Admin1)
                .AnyEqual(["e.event_type", "e.sub_event_type", "e.category", "e.plover"], "type", filter.Type)
                .Contains(["e.actors", "e.targets"], "actor", filter.Actor);
            condition += " AND d.id IN (SELECT e.document_id FROM events e" + events.Where + ")";
            sql.Parameters.AddDynamicParams(events.Parameters);
        }

        return Stream<string>("SELECT d.report FROM documents d" + condition + " ORDER BY d.seq" + sql.Limit(filter.Limit), sql.Parameters);
    }

    /// <inheritdoc/>
    public IReadOnlyList<IncidentRow> Incidents(CorpusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new FilterSql()
            .Equal("i.country", "country", filter.Country)
            .Equal("i.admin1", "admin1", filter.Admin1)
            .Range("i.date", filter.From, filter.To)
            .Equal("i.sub_event_type", "type", filter.Type);
        using var connection = OpenConnection();
        return connection.Query<IncidentRow>("SELECT i.* FROM incidents i" + sql.Where + " ORDER BY i.date, i.id" + sql.Limit(filter.Limit), sql.Parameters).ToList();
    }

    /// <summary>Streams rows over a connection held open until the caller stops enumerating.</summary>
    protected IEnumerable<T> Stream<T>(string sql, object? parameters)
    {
        using DbConnection connection = OpenConnection();
        foreach (var row in connection.Query<T>(sql, parameters, buffered: false))
        {
            yield return row;
        }
    }
}
