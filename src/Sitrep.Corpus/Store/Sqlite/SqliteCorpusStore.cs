using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Sitrep.Corpus.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never block the writer; a killed process
/// loses at most the transaction it was in), FTS5 over document text and quotes.
/// </summary>
public sealed class SqliteCorpusStore : SqlCorpusStore
{
    private readonly string connectionString;

    /// <summary>Opens (creating and migrating when needed) the store in <paramref name="path"/>.</summary>
    public SqliteCorpusStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(Path) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true, DefaultTimeout = 60 }.ToString();
        using var connection = OpenConnection();
        connection.Execute("PRAGMA journal_mode = WAL");
        Migrator.Apply(connection, "Sqlite");
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public override string Backend => "sqlite";

    /// <inheritdoc/>
    public override IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        var match = FtsQuery.From(query);
        if (match is null)
        {
            return [];
        }

        using var connection = OpenConnection();
        return connection.Query<SearchHit>(
            """
            SELECT d.id AS document_id, d.title, coalesce(d.url, d.source) AS source_url, d.published,
                   snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet
            FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
            WHERE documents_fts MATCH @match ORDER BY bm25(documents_fts) LIMIT @limit
            """, new { match, limit }).ToList();
    }

    /// <inheritdoc/>
    public override IReadOnlyList<SearchHit> SearchQuotes(string query, int limit)
    {
        var match = FtsQuery.From(query);
        if (match is null)
        {
            return [];
        }

        using var connection = OpenConnection();
        return connection.Query<SearchHit>(
            """
            SELECT q.document_id, d.title, coalesce(d.url, d.source) AS source_url, d.published, q.quote_id, q.speaker,
                   snippet(quotes_fts, 0, '[', ']', '…', 24) AS snippet
            FROM quotes_fts JOIN quotes q ON q.seq = quotes_fts.rowid JOIN documents d ON d.id = q.document_id
            WHERE quotes_fts MATCH @match ORDER BY bm25(quotes_fts) LIMIT @limit
            """, new { match, limit }).ToList();
    }

    /// <inheritdoc/>
    protected override DbConnection OpenConnection()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        // NORMAL is durable across a killed process in WAL mode; only a power cut can lose the last commits.
        connection.Execute("PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 60000");
        return connection;
    }
}
