using System.Data.Common;
using Dapper;
using Npgsql;

namespace Sitrep.Corpus.Store.Postgres;

/// <summary>
/// The store at scale: PostgreSQL through Npgsql, full-text search with generated <c>tsvector</c> columns
/// and GIN indexes, and a work queue claimed with <c>FOR UPDATE SKIP LOCKED</c> so many workers on many
/// machines share it.
/// </summary>
public sealed class PostgresCorpusStore : SqlCorpusStore
{
    // Any constant works; it only has to be the same for every process migrating this database.
    private const long MigrationLock = 0x5173_7265_70;
    private readonly NpgsqlDataSource dataSource;

    /// <summary>Connects to (and migrates when needed) the database in <paramref name="connectionString"/>.</summary>
    public PostgresCorpusStore(string connectionString)
    {
        dataSource = NpgsqlDataSource.Create(connectionString);
        using var connection = OpenConnection();
        Migrator.Apply(connection, "Postgres", $"SELECT pg_advisory_xact_lock({MigrationLock})");
    }

    /// <inheritdoc/>
    public override string Backend => "postgres";

    /// <inheritdoc/>
    protected override string ClaimLockClause => "FOR UPDATE SKIP LOCKED";

    /// <summary>Above this many matches, newest-first search walks the primary key backwards (see <see cref="Search"/>).</summary>
    public const int WalkedMatches = 5000;

    /// <inheritdoc/>
    public override IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        // With LIMIT the planner likes sequential scans that detoast every tsvector when it guesses a term
        // is common; for search the GIN index is always the better entry point.
        connection.Execute("SET LOCAL enable_seqscan = off", transaction: transaction);
        // As on SQLite: ts_rank scores every match, so up to RankedMatches matches are ranked by relevance
        // and larger result sets come newest first. Snippets are built in memory (see Snippet). Newest first
        // is read two ways: for a word in many documents, walking the primary key backwards finds 20 matches
        // within a few hundred rows; for a word in a few thousand it would test (and detoast) most of the
        // table, so the GIN matches are sorted instead ("seq + 0" keeps the planner off the key order).
        var matches = connection.ExecuteScalar<long>(
            "SELECT count(*) FROM (SELECT 1 FROM documents WHERE tsv @@ websearch_to_tsquery('english', @query) LIMIT @cap) m",
            new { query, cap = WalkedMatches + 1 }, transaction);
        var (rank, order, outer) = matches <= Sqlite.SqliteCorpusStore.RankedMatches ? ("ts_rank(tsv, q)", "rank DESC, seq", "t.rank DESC, t.seq")
            : matches <= WalkedMatches ? ("0", "seq + 0 DESC", "t.seq DESC")
            : ("0", "seq DESC", "t.seq DESC");
        var hits = connection.Query<SearchHit>(
            $"""
            SELECT d.id AS document_id, d.title, coalesce(d.url, d.source) AS source_url, d.published, d.text
            FROM (SELECT seq, q, {rank} AS rank FROM documents, websearch_to_tsquery('english', @query) q
                  WHERE tsv @@ q ORDER BY {order} LIMIT @limit) t
            JOIN documents d ON d.seq = t.seq ORDER BY {outer}
            """, new { query, limit }, transaction).ToList();
        foreach (var hit in hits)
        {
            hit.Snippet = Snippet.Of(hit.Text ?? "", query);
            hit.Text = null;
        }

        return hits;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<SearchHit> SearchQuotes(string query, int limit)
    {
        using var connection = OpenConnection();
        return connection.Query<SearchHit>(
            """
            SELECT qu.document_id, d.title, coalesce(d.url, d.source) AS source_url, d.published, qu.quote_id, qu.speaker,
                   ts_headline('english', qu.text, t.q, 'StartSel=[, StopSel=], MaxWords=30, MinWords=8') AS snippet
            FROM (SELECT seq, q, ts_rank(tsv, q) AS rank FROM quotes, websearch_to_tsquery('english', @query) q
                  WHERE tsv @@ q ORDER BY rank DESC, seq LIMIT @limit) t
            JOIN quotes qu ON qu.seq = t.seq JOIN documents d ON d.id = qu.document_id ORDER BY t.rank DESC, t.seq
            """, new { query, limit }).ToList();
    }

    /// <inheritdoc/>
    protected override DbConnection OpenConnection() => dataSource.OpenConnection();

    /// <inheritdoc/>
    protected override void InsertReportRows(DbConnection connection, DbTransaction transaction, string id, Sitrep.Reporting.Report report, string text) =>
        PostgresRowBatch.Insert((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, id, report, text);

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            dataSource.Dispose();
        }

        base.Dispose(disposing);
    }
}
