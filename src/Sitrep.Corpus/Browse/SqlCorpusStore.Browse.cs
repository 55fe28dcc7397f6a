using Dapper;
using Sitrep.Corpus.Browse;

namespace Sitrep.Corpus.Store;

// Document listing for the web API; lives with the browse code.
public abstract partial class SqlCorpusStore : IDocumentBrowser
{
    /// <inheritdoc/>
    public IReadOnlyList<DocumentSummary> Documents(string? from, string? to, int limit, int offset)
    {
        var where = (from, to) switch
        {
            (null, null) => "",
            (_, null) => " WHERE d.published >= @from",
            (null, _) => " WHERE d.published <= @to",
            _ => " WHERE d.published >= @from AND d.published <= @to",
        };
        using var connection = OpenConnection();
        return connection.Query<DocumentSummary>(
            "SELECT d.id, d.source, d.url, d.title, d.published, d.status,"
            + " (SELECT count(*) FROM events e WHERE e.document_id = d.id) AS events,"
            + " (SELECT count(*) FROM quotes q WHERE q.document_id = d.id) AS quotes"
            + " FROM documents d" + where + " ORDER BY d.published DESC, d.seq DESC LIMIT @limit OFFSET @offset",
            new { from, to, limit, offset }).ToList();
    }

    /// <inheritdoc/>
    public DocumentDetail? Document(string id)
    {
        using var connection = OpenConnection();
        return connection.QuerySingleOrDefault<DocumentDetail>(
            "SELECT id, source, url, title, published, status, text, report FROM documents WHERE id = @id", new { id });
    }
}
