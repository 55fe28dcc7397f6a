using System.Collections.Concurrent;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Tests.Store;

/// <summary>The work queue: claims, leases and completion, on both backends.</summary>
public sealed class QueueTests
{
    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public async Task Two_workers_share_the_queue_and_no_document_is_done_twice(string backend)
    {
        using var test = TestStore.Open(backend);
        for (var i = 0; i < 60; i++)
        {
            test.Store.Enqueue(Reports.Document($"Report number {i}: artillery struck the outskirts of a frontline village."));
        }

        var done = new ConcurrentBag<(string Worker, string Id)>();
        Task Worker(string name) => Task.Run(() =>
        {
            using var store = CorpusStore.Open(test.Db);
            while (store.Claim(name, 3, TimeSpan.FromMinutes(5)) is { Count: > 0 } batch)
            {
                foreach (var doc in batch)
                {
                    var report = Analyzer.Default.Analyze(doc.Text);
                    Assert.True(store.Complete(name, doc.Id, report));
                    done.Add((name, doc.Id));
                }
            }
        }, TestContext.Current.CancellationToken);

        await Task.WhenAll(Worker("a"), Worker("b"));

        Assert.Equal(60, done.Count);
        Assert.Equal(60, done.Select(d => d.Id).Distinct().Count());
        var counts = test.Store.Counts();
        Assert.Equal((60L, 0L), (counts.Done, counts.Queued));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_crashed_workers_claim_expires_and_its_late_result_is_refused(string backend)
    {
        using var test = TestStore.Open(backend);
        test.Store.Enqueue(Reports.Document("Two rockets hit a power substation, cutting electricity to the town."));

        var crashed = Assert.Single(test.Store.Claim("crashed", 1, TimeSpan.FromMilliseconds(1)));
        Thread.Sleep(20);
        var retried = Assert.Single(test.Store.Claim("healthy", 1, TimeSpan.FromMinutes(5)));
        Assert.Equal(crashed.Id, retried.Id);

        var report = Analyzer.Default.Analyze(retried.Text);
        Assert.False(test.Store.Complete("crashed", crashed.Id, report));
        Assert.True(test.Store.Complete("healthy", retried.Id, report));
        Assert.False(test.Store.Complete("healthy", retried.Id, report));
        Assert.Empty(test.Store.Claim("healthy", 1, TimeSpan.FromMinutes(5)));
        Assert.Equal(1, test.Store.Counts().Done);
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_live_claim_is_not_handed_to_another_worker(string backend)
    {
        using var test = TestStore.Open(backend);
        test.Store.Enqueue(Reports.Document("Protesters gathered outside the regional parliament."));

        Assert.Single(test.Store.Claim("a", 5, TimeSpan.FromMinutes(5)));
        Assert.Empty(test.Store.Claim("b", 5, TimeSpan.FromMinutes(5)));
    }
}
