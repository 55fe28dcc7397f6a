namespace Sitrep.Corpus.Review;

/// <summary>
/// The review audit trail, kept in the corpus database beside (never inside) the extracted rows, so that
/// re-ingest and re-analysis cannot overwrite it. Both SQL stores implement it.
/// </summary>
public interface IReviewStore
{
    /// <summary>Appends <paramref name="entry"/> (its <see cref="ReviewEntry.Seq"/> is assigned) and returns it.</summary>
    ReviewEntry AddReview(ReviewEntry entry);

    /// <summary>One stored event as extracted (no review applied), or null.</summary>
    Store.EventRow? ExtractedEvent(string documentId, string eventId);

    /// <summary>The trail, oldest first: of one event, of one document (null event), or of everything (both null).</summary>
    IReadOnlyList<ReviewEntry> Reviews(string? documentId = null, string? eventId = null);
}
