using Sitrep.Corpus.Ingest;
using Sitrep.Corpus.Review;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Tests.Store;

/// <summary>The change counter caches rely on (migration 030) moves with every write that changes what event queries return.</summary>
public sealed class StoreVersionTests
{
    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Moves_on_ingest_review_and_relinking_and_stays_put_on_reads(string backend)
    {
        using var test = TestStore.Open(backend);
        var version = (IStoreVersion)test.Store;
        var (document, report) = Reports.Strike("Vylkove", 3);
        var start = version.Version();

        test.Store.Save(document, report);
        var saved = version.Version();
        Assert.True(saved > start);

        _ = test.Store.Events(new CorpusFilter()).ToList();
        _ = test.Store.Counts();
        Assert.Equal(saved, version.Version());
        Assert.False(test.Store.Save(document, report));
        Assert.Equal(saved, version.Version());

        ((IReviewStore)test.Store).AddReview(new ReviewEntry { DocumentId = report.Document.Id, EventId = report.Events[0].Id, Action = ReviewActions.Reject, Reviewer = "ana", At = 1 });
        var reviewed = version.Version();
        Assert.True(reviewed > saved);

        Ingestor.Relink(test.Store);
        Assert.True(version.Version() >= reviewed);
    }
}
