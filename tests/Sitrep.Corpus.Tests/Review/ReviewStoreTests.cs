using Sitrep.Corpus.Readers;
using Sitrep.Corpus.Review;
using Sitrep.Corpus.Store;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Corpus.Tests.Review;

/// <summary>The review trail on both backends (see <see cref="TestStore"/>).</summary>
public sealed class ReviewStoreTests
{
    private const string Text = "Artillery fire hit a bus station in Kherson on Friday, killing two people, the city administration said.";

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Appends_reviews_and_folds_them_into_corrected_rejected_or_confirmed_events(string backend)
    {
        using var opened = TestStore.Open(backend);
        var store = opened.Store;
        var id = DocumentId.Of(Text);
        store.Save(new SourceDocument { Text = Text, Source = "kherson.txt" }, new Report
        {
            Document = new DocumentBlock { Id = id, Source = "kherson.txt", Length = Text.Length },
            Events =
            [
                new EventRecord { Id = "V1", Category = EventCategory.Violence, SubEventType = "Shelling/artillery/missile attack", Date = "2026-03-06", Killed = new Casualties(2, 2, 2), Confidence = 0.8 },
                new EventRecord { Id = "V2", Category = EventCategory.Violence, SubEventType = "Armed clash", Date = "2026-03-06", Confidence = 0.4 },
            ],
        });
        var trail = (IReviewStore)store;
        Assert.Equal(2, trail.ExtractedEvent(id, "V1")!.KilledBest);
        Assert.Null(trail.ExtractedEvent(id, "V9"));
        trail.AddReview(new ReviewEntry { DocumentId = id, EventId = "V1", Action = ReviewActions.Correct, Field = "killed", OldValue = "2", NewValue = "3", Reviewer = "ana", At = 1 });
        trail.AddReview(new ReviewEntry { DocumentId = id, EventId = "V1", Action = ReviewActions.Confirm, Reviewer = "ben", At = 2 });
        trail.AddReview(new ReviewEntry { DocumentId = id, EventId = "V2", Action = ReviewActions.Reject, Reviewer = "ana", Note = "not a clash", At = 3 });

        Assert.Equal(["correct", "confirm"], trail.Reviews(id, "V1").Select(r => r.Action));
        Assert.Equal(3, trail.Reviews(id).Count);
        var folded = EventReview.Fold(trail.Reviews());
        Assert.Equal(("corrected", "3"), (folded[(id, "V1")].Status, folded[(id, "V1")].Corrections["killed"]));
        Assert.Equal("rejected", folded[(id, "V2")].Status);

        var exported = ReviewedEvents.From(store, CorpusFilter.None).ToList();
        Assert.Equal(3, Assert.Single(exported).KilledBest);
        Assert.Equal(2, trail.ExtractedEvent(id, "V1")!.KilledBest);
    }
}
