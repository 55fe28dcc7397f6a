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

    /// <summary>Searches with at most this many matches are ordered by relevance (BM25), larger ones newest first.</summary>
    public const int RankedMatches = 250;

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

        // BM25 scores every match (~5 µs each), so a word found in most of a large corpus would take
        // seconds. Up to RankedMatches matches are ranked by relevance; beyond that the newest documents
        // come first, which FTS5 answers by walking its doclist backwards and stopping at the limit.
        // Snippets are built in memory for the rows shown (see Snippet).
        using var connection = OpenConnection();
        var many = connection.ExecuteScalar<long>(
            "SELECT count(*) FROM (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @match LIMIT @cap)", new { match, cap = RankedMatches + 1 }) > RankedMatches;
        var order = many ? "rowid DESC" : "rank";
        var hits = connection.Query<SearchHit>(
            $"""
            SELECT d.id AS document_id, d.title, coalesce(d.url, d.source) AS source_url, d.published, d.text
            FROM (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @match ORDER BY {order} LIMIT @limit) top
            JOIN documents d ON d.seq = top.rowid
            """, new { match, limit }).ToList();
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
