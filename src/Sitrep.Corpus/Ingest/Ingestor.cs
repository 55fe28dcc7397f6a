using Sitrep.Corpus.Incidents;
using Sitrep.Corpus.Readers;
using Sitrep.Corpus.Store;
using Sitrep.Text;

namespace Sitrep.Corpus.Ingest;

/// <summary>
/// Reads, analyses and stores documents one at a time: each document is one transaction, so a killed
/// ingest keeps every document it finished and a rerun skips them (same text, same id: nothing new).
/// With <see cref="QueueOnly"/> documents are stored for workers instead of analysed here.
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

    /// <summary>Ingests every item, calling <paramref name="progress"/> after each; relinks incidents when anything was new.</summary>
    public IngestSummary Run(IEnumerable<ReadItem> items, Action<ReadItem, IngestOutcome>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var summary = new IngestSummary();
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (outcome, reason) = Ingest(item, cancellationToken);
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
    public (IngestOutcome Outcome, string? Reason) Ingest(ReadItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Document is not { } document)
        {
            return (IngestOutcome.Failed, item.Error);
        }

        if (store.Contains(DocumentId.Of(document.Text)))
        {
            return (IngestOutcome.Unchanged, null);
        }

        if (QueueOnly)
        {
            return (store.Enqueue(document) ? IngestOutcome.New : IngestOutcome.Unchanged, null);
        }

        var report = analyzer.Analyze(document.Text, document.ToInfo(), cancellationToken);
        return (store.Save(document, report) ? IngestOutcome.New : IngestOutcome.Unchanged, null);
    }

    /// <summary>Recomputes every incident from the stored events.</summary>
    public static int Relink(ICorpusStore store, IncidentLinker? linker = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var incidents = (linker ?? new IncidentLinker()).Link(store.LinkableEvents());
        store.ReplaceIncidents(incidents);
        return incidents.Count;
    }
}
