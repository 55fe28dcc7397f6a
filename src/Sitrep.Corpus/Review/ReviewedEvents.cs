using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Review;

/// <summary>
/// Applies analysts' reviews to extracted events on their way out (exports, API): corrected fields take
/// the analyst's value, rejected events are dropped. The stored extraction is left as it was.
/// </summary>
public static class ReviewedEvents
{
    /// <summary>
    /// Yields <paramref name="events"/> with <paramref name="reviews"/> applied. Rows are corrected in place
    /// (they are fresh from a query); rejected ones are skipped unless <paramref name="keepRejected"/>.
    /// </summary>
    public static IEnumerable<EventRow> Apply(IEnumerable<EventRow> events, IReadOnlyDictionary<(string, string), EventReview> reviews, bool keepRejected = false)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(reviews);
        foreach (var row in events)
        {
            if (reviews.TryGetValue((row.DocumentId, row.EventId), out var review))
            {
                if (review.Status == "rejected" && !keepRejected)
                {
                    continue;
                }

                foreach (var (field, value) in review.Corrections)
                {
                    ReviewFields.Set(row, field, value);
                }
            }

            yield return row;
        }
    }

    /// <summary>Events from <paramref name="store"/> matching <paramref name="filter"/>, reviewed (rejected ones dropped).</summary>
    public static IEnumerable<EventRow> From(ICorpusStore store, CorpusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        var reviews = store is IReviewStore trail ? EventReview.Fold(trail.Reviews()) : [];
        return Apply(store.Events(filter), reviews);
    }
}
