using Sitrep.Corpus.Review;
using Sitrep.Corpus.Stats;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Tests.Store;

/// <summary>Event totals counted by the database equal totals of the reviewed events.</summary>
public sealed class TotalsTests
{
    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Totals_count_corrected_figures_and_leave_rejected_events_out(string backend)
    {
        using var test = TestStore.Open(backend);
        Save(test, Reports.Strike("Vylkove", 3, injured: 2));
        Save(test, Reports.Strike("Izmail", 5, date: "2026-03-12"));
        Save(test, Reports.Strike("Kupiansk", 1, date: "2026-03-12", admin1: "Kharkiv Oblast", subEventType: "Shelling/artillery/missile attack"));
        Save(test, Reports.Strike("Sumy", null, admin1: "Sumy Oblast"));
        var events = test.Store.Events(CorpusFilter.None).ToList();
        var reviews = (IReviewStore)test.Store;
        Review(reviews, events.Single(e => e.PlaceName == "Izmail"), ReviewActions.Correct, "killed", "7");
        Review(reviews, events.Single(e => e.PlaceName == "Vylkove"), ReviewActions.Correct, "admin1", "Mykolaiv Oblast");
        Review(reviews, events.Single(e => e.PlaceName == "Kupiansk"), ReviewActions.Reject);

        var totals = ((IEventTotals)test.Store).Totals(CorpusFilter.None);

        Assert.Equal([new("2026-03-12", 1, 7, 0), new("2026-03-13", 2, 3, 2)], totals.PerDay);
        Assert.Equal([new("Mykolaiv Oblast", 1, 3, 2), new("Odesa Oblast", 1, 7, 0), new("Sumy Oblast", 1, 0, 0)], totals.PerAdmin1);
        Assert.Equal([new EventTotal("Air/drone strike", 3, 10, 2)], totals.PerSubEventType);
        var filtered = ((IEventTotals)test.Store).Totals(new CorpusFilter { Admin1 = "odesa oblast" });
        Assert.Equal([new("Mykolaiv Oblast", 1, 3, 2), new("Odesa Oblast", 1, 7, 0)], filtered.PerAdmin1);
    }

    private static void Save(TestStore test, (Sitrep.Corpus.Readers.SourceDocument Document, Sitrep.Reporting.Report Report) strike) =>
        Assert.True(test.Store.Save(strike.Document, strike.Report));

    private static void Review(IReviewStore store, EventRow e, string action, string? field = null, string? value = null) =>
        store.AddReview(new ReviewEntry { DocumentId = e.DocumentId, EventId = e.EventId, Action = action, Field = field, NewValue = value, Reviewer = "test", At = 1 });
}
