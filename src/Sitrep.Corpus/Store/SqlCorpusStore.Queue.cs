using Dapper;
using Sitrep.Reporting;

namespace Sitrep.Corpus.Store;

// The work queue: documents stored as 'queued' are claimed by workers under a lease. A claim is a single
// UPDATE ... RETURNING over rows locked with the backend's lock clause (FOR UPDATE SKIP LOCKED on
// PostgreSQL), so two workers never claim the same row; an expired lease makes the row claimable again,
// and Complete only writes while the claim is still the caller's, so no document is ever done twice.
public abstract partial class SqlCorpusStore
{
    /// <summary>Claims stop after this many attempts; the document is then left as failed.</summary>
    public const int MaxAttempts = 5;

    /// <summary>Appended to the claim's inner SELECT (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>).</summary>
    protected virtual string ClaimLockClause => "";

    /// <inheritdoc/>
    public IReadOnlyList<QueuedDocument> Claim(string worker, int count, TimeSpan lease)
    {
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        var now = Now;
        var claimed = connection.Query<QueuedDocument>(
            $"""
            UPDATE documents SET status = 'claimed', claimed_by = @worker, claimed_until = @until, attempts = attempts + 1
            WHERE seq IN (
              SELECT seq FROM documents
              WHERE (status = 'queued' OR (status = 'claimed' AND claimed_until < @now)) AND attempts < @max
              ORDER BY seq LIMIT @count {ClaimLockClause})
            RETURNING id, text, source, url, title, published
            """,
            new { worker, until = now + (long)lease.TotalMilliseconds, now, count, max = MaxAttempts }, transaction).ToList();
        connection.Execute(
            "UPDATE documents SET status = 'failed', error = 'gave up after repeated expired claims' WHERE status = 'claimed' AND claimed_until < @now AND attempts >= @max",
            new { now, max = MaxAttempts }, transaction);
        transaction.Commit();
        return claimed;
    }

    /// <inheritdoc/>
    public bool Complete(string worker, string documentId, Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        var updated = connection.Execute(
            """
            UPDATE documents SET status = 'done', report = @report, claimed_by = NULL, claimed_until = NULL, error = NULL
            WHERE id = @documentId AND status = 'claimed' AND claimed_by = @worker
            """,
            new { documentId, worker, report = ReportJson.Serialize(report) }, transaction);
        if (updated != 1)
        {
            return false;
        }

        var text = connection.QuerySingle<string>("SELECT text FROM documents WHERE id = @documentId", new { documentId }, transaction);
        InsertReportRows(connection, transaction, documentId, report, text);
        EvaluateWatches(connection, transaction, documentId, text);
        transaction.Commit();
        return true;
    }

    /// <inheritdoc/>
    public void Fail(string worker, string documentId, string error)
    {
        using var connection = OpenConnection();
        connection.Execute(
            "UPDATE documents SET status = 'failed', error = @error, claimed_by = NULL, claimed_until = NULL WHERE id = @documentId AND claimed_by = @worker",
            new { documentId, worker, error });
    }
}
