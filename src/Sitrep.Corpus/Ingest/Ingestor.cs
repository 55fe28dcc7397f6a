using Sitrep.Corpus.Incidents;
using Sitrep.Corpus.Readers;
using Sitrep.Corpus.Store;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Corpus.Ingest;

/// <summary>
/// Reads, analyses and stores documents one at a time: each document is one transaction, so a killed
/// ingest keeps every document it finished and a rerun skips them (same text, same id: nothing new).
/// With <see cref="QueueOnly"/> documents are stored for workers instead of analysed here. Analysis runs on
/// up to <see cref="Parallelism"/> documents at once while one writer stores them in input order, so the
/// one-transaction-per-document and resume guarantees are unchanged and memory stays bounded.
/// </summary>
public sealed class Ingestor
{
    private readonly ICorpusStore store;
    private readonly Analyzer analyzer;

    /// <summary>Creates an ingestor.</summary>
    public Ingestor(ICorpusStore store, Analyzer? analyzer = null, bool queueOnly = false)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.analyzer = analyzer ?? Analyzer.Default;
        QueueOnly = queueOnly;
    }

    /// <summary>Store documents as queued for <c>sitrep worker</c> rather than analysing them.</summary>
    public bool QueueOnly { get; }

    /// <summary>Size, text and time limits of each document (<see cref="InputBudget.Default"/> unless set).</summary>
    public InputBudget Budget { get; init; } = InputBudget.Default;

    /// <summary>Documents analysed at once by <see cref="Run"/> (default: one per processor; 1 is sequential).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Ingests every item, calling <paramref name="progress"/> after each; relinks incidents when anything was new.</summary>
    public IngestSummary Run(IEnumerable<ReadItem> items, Action<ReadItem, IngestOutcome>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var summary = new IngestSummary();
        foreach (var (item, outcome, reason) in Outcomes(items, cancellationToken))
        {
            summary.Add(outcome, item.Source, reason);
            progress?.Invoke(item, outcome);
        }

        if (summary.New > 0 && !QueueOnly)
        {
            Relink(store);
        }

        return summary;
    }

    /// <summary>Ingests one item.</summary>
    public (IngestOutcome Outcome, string? Reason) Ingest(ReadItem item, CancellationToken cancellationToken = default) =>
        Store(Prepare(item, cancellationToken));

    // In input order; the next documents are analysed on the thread pool while earlier ones are written.
    private IEnumerable<(ReadItem Item, IngestOutcome Outcome, string? Reason)> Outcomes(IEnumerable<ReadItem> items, CancellationToken cancellationToken)
    {
        if (QueueOnly || Parallelism <= 1)
        {
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (outcome, reason) = Ingest(item, cancellationToken);
                yield return (item, outcome, reason);
            }

            yield break;
        }

        var window = new Queue<(ReadItem Item, Task<Prepared> Work)>();
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            window.Enqueue((item, Task.Run(() => Prepare(item, cancellationToken), cancellationToken)));
            if (window.Count > 2 * Parallelism)
            {
                yield return Finish(window.Dequeue());
            }
        }

        while (window.Count > 0)
        {
            yield return Finish(window.Dequeue());
        }

        (ReadItem, IngestOutcome, string?) Finish((ReadItem Item, Task<Prepared> Work) next)
        {
            var (outcome, reason) = Store(next.Work.GetAwaiter().GetResult());
            return (next.Item, outcome, reason);
        }
    }

    // The thread-safe half of ingesting: skip stored texts, analyse the rest.
    private Prepared Prepare(ReadItem item, CancellationToken cancellationToken)
    {
        if (item.Document is not { } document)
        {
            return new Prepared(null, null, IngestOutcome.Failed, item.Error);
        }

        if (Budget.Refusal(document) is { } refusal)
        {
            return new Prepared(null, null, IngestOutcome.Failed, refusal);
        }

        if (store.Contains(DocumentId.Of(document.Text)))
        {
            return new Prepared(null, null, IngestOutcome.Unchanged, null);
        }

        if (QueueOnly)
        {
            return new Prepared(document, null, IngestOutcome.New, null);
        }

        try
        {
            return new Prepared(document, Budget.Analyze(analyzer, document.Text, document.ToInfo(), cancellationToken), IngestOutcome.New, null);
        }
        catch (InputBudgetException e)
        {
            return new Prepared(null, null, IngestOutcome.Failed, e.Message);
        }
    }

    // The writing half: one transaction per document; a text stored meanwhile counts as unchanged.
    private (IngestOutcome, string?) Store(Prepared prepared)
    {
        if (prepared.Document is not { } document)
        {
            return (prepared.Outcome, prepared.Reason);
        }

        var added = prepared.Report is { } report ? store.Save(document, report) : store.Enqueue(document);
        return (added ? IngestOutcome.New : IngestOutcome.Unchanged, null);
    }

    private sealed record Prepared(SourceDocument? Document, Report? Report, IngestOutcome Outcome, string? Reason);

    /// <summary>Recomputes every incident from the stored events.</summary>
    public static int Relink(ICorpusStore store, IncidentLinker? linker = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var incidents = (linker ?? new IncidentLinker()).Link(store.LinkableEvents());
        store.ReplaceIncidents(incidents);
        return incidents.Count;
    }
}
