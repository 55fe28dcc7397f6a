using Sitrep.Corpus.Ingest;
using Sitrep.Corpus.Readers;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Tests.Store;

/// <summary>Analysis in parallel, writes in input order: the same store as a sequential ingest.</summary>
public sealed class ParallelIngestTests
{
    [Fact]
    public void Parallel_ingest_stores_the_same_rows_in_input_order_and_counts_repeats_as_unchanged()
    {
        var texts = Enumerable.Range(0, 24).Select(i => $"Shelling damaged {i + 2} houses in Kupiansk on Tuesday, officials said. Report {i}.").ToList();
        var items = texts.Select((t, i) => ReadItem.Ok(Reports.Document(t, source: $"d{i}.txt")))
            .Append(ReadItem.Ok(Reports.Document(texts[3], source: "repeat.txt")))
            .Append(ReadItem.Fail("broken.html", "HTML holds no readable article text")).ToList();
        using var sequential = TestStore.Open("sqlite");
        using var parallel = TestStore.Open("sqlite");
        var order = new List<string>();

        var one = new Ingestor(sequential.Store) { Parallelism = 1 }.Run(items);
        var four = new Ingestor(parallel.Store) { Parallelism = 4 }.Run(items, (item, _) => order.Add(item.Source));

        Assert.Equal(items.Select(i => i.Source), order);
        Assert.Equal((24, 1, 1), (four.New, four.Unchanged, four.Failures.Count));
        Assert.Equal((one.New, one.Unchanged), (four.New, four.Unchanged));
        Assert.Equal(sequential.Store.Reports(CorpusFilter.None), parallel.Store.Reports(CorpusFilter.None));
        Assert.Equal(sequential.Store.Events(CorpusFilter.None).Select(e => (e.DocumentId, e.EventId, e.KilledBest)),
            parallel.Store.Events(CorpusFilter.None).Select(e => (e.DocumentId, e.EventId, e.KilledBest)));
    }
}
