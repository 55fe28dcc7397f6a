using Dapper;
using Sitrep.Corpus.Review;

namespace Sitrep.Corpus.Store;

// Review audit trail (table event_reviews, migration 010_review.sql); lives with the review code.
public abstract partial class SqlCorpusStore : IReviewStore
{
    /// <inheritdoc/>
    public ReviewEntry AddReview(ReviewEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        entry.Seq = connection.ExecuteScalar<long>(
            """
            INSERT INTO event_reviews (document_id, event_id, action, field, old_value, new_value, reviewer, note, at)
            VALUES (@DocumentId, @EventId, @Action, @Field, @OldValue, @NewValue, @Reviewer, @Note, @At) RETURNING seq
            """, entry, transaction);
        EvaluateReviewWatches(connection, transaction, entry); // a correction revises the incidents watches told about, in this transaction
        transaction.Commit();
        return entry;
    }

    /// <inheritdoc/>
    public EventRow? ExtractedEvent(string documentId, string eventId)
    {
        using var connection = OpenConnection();
        return connection.QuerySingleOrDefault<EventRow>(
            "SELECT e.*, coalesce(d.url, d.source) AS source_url, d.title, d.published FROM events e JOIN documents d ON d.id = e.document_id"
            + " WHERE e.document_id = @documentId AND e.event_id = @eventId", new { documentId, eventId });
    }

    /// <inheritdoc/>
    public IReadOnlyList<ReviewEntry> Reviews(string? documentId = null, string? eventId = null)
    {
        using var connection = OpenConnection();
        // Conditions are added only for given values: PostgreSQL cannot type a bare null parameter.
        var where = documentId is null ? "" : eventId is null ? " WHERE document_id = @documentId" : " WHERE document_id = @documentId AND event_id = @eventId";
        return connection.Query<ReviewEntry>("SELECT * FROM event_reviews" + where + " ORDER BY seq", new { documentId, eventId }).ToList();
    }
}
