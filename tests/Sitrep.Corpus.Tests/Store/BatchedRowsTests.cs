using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Tests.Store;

/// <summary>Report rows are written in batches on PostgreSQL: a report larger than one statement's parameter limit is still stored whole, nulls kept.</summary>
public sealed class BatchedRowsTests
{
    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_report_with_more_rows_than_one_statement_can_carry_is_stored_whole(string backend)
    {
        using var test = TestStore.Open(backend);
        var (document, report) = Reports.Strike("Odesa", killed: null, injured: 4);
        var template = report.Events[0];
        // 30 columns an event: 2,184 events fill one INSERT's 65,535 parameters, so 2,500 need two.
        var events = Enumerable.Range(1, 2500).Select(i => template with { Id = "V" + i, Killed = i % 2 == 0 ? template.Killed : null }).ToList();
        test.Store.Save(document, report with { Events = events });

        var stored = test.Store.Events(new CorpusFilter()).ToList();
        Assert.Equal(2500, stored.Count);
        Assert.All(stored, e => Assert.Null(e.KilledBest));
        Assert.All(stored, e => Assert.Equal((4, "Odesa", 46.48), (e.InjuredBest!.Value, e.PlaceName!, e.Lat!.Value)));
        Assert.Equal(1, test.Store.Counts().Quotes);
    }
}
