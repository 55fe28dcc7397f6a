using Sitrep.Corpus.Browse;
using Sitrep.Corpus.Review;
using Sitrep.Corpus.Stats;
using Sitrep.Corpus.Store;

namespace Sitrep.Server.Api;

/// <summary>The optional store capabilities the API needs (both SQL stores have them).</summary>
internal static class StoreAccess
{
    public static IReviewStore Reviews(this ICorpusStore store) =>
        store as IReviewStore ?? throw new NotSupportedException($"the {store.Backend} store keeps no review trail");

    public static IDocumentBrowser Browser(this ICorpusStore store) =>
        store as IDocumentBrowser ?? throw new NotSupportedException($"the {store.Backend} store cannot list documents");

    public static IEventTotals Totals(this ICorpusStore store) =>
        store as IEventTotals ?? throw new NotSupportedException($"the {store.Backend} store cannot total events");

    /// <summary>Events matching <paramref name="filter"/> with reviews applied, and the status of each reviewed one (<paramref name="points"/>: only the fields a map needs).</summary>
    public static EventList ReviewedEvents(this ICorpusStore store, CorpusFilter filter, bool keepRejected, bool points = false)
    {
        var reviews = EventReview.Fold(store.Reviews().Reviews());
        var events = Corpus.Review.ReviewedEvents.Apply(points ? store.EventPoints(filter) : store.Events(filter), reviews, keepRejected).ToList();
        var status = reviews.ToDictionary(r => r.Key.DocumentId + "/" + r.Key.EventId, r => r.Value.Status, StringComparer.Ordinal);
        return new EventList(events, status);
    }
}
