using System.Collections.Immutable;

namespace Sitrep.Pipeline;

/// <summary>
/// A frozen, ordered list of stages. Immutable and thread-safe: many threads may run documents
/// through one instance at once, since each run annotates its own <see cref="Document"/>.
/// </summary>
public sealed class SitrepPipeline
{
    private int _preloaded;

    internal SitrepPipeline(ImmutableArray<IStage> stages) => Stages = stages;

    /// <summary>The stages in the order they run.</summary>
    public ImmutableArray<IStage> Stages { get; }

    /// <summary>Runs every stage over <paramref name="document"/> in order.</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        Preload();
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
            if (document.Text.Length >= LargeText)
            {
                // A stage's per-token tables of a text of millions of tokens are large objects, freed only by a
                // full collection, which the collector's budgets put off until several stages' tables pile up
                // (a 5 MB text of quote marks and commas peaked at 470 MB, 310 MB with this). One collection per
                // stage costs milliseconds against the seconds such a text takes; news articles never get here.
                GC.Collect();
            }
        }

        return document;
    }

    /// <summary>Characters from which a document counts as large (see <see cref="Process"/>).</summary>
    private const int LargeText = 1_000_000;

    // On the first document, the data of every stage after the first loads on the thread pool while the
    // stages before it run (the gazetteer while the text and entities stages work); a stage that gets there
    // first waits for the same load instead of starting another. Results do not depend on the timing.
    private void Preload()
    {
        if (Interlocked.Exchange(ref _preloaded, 1) != 0)
        {
            return;
        }

        for (var i = 1; i < Stages.Length; i++)
        {
            if (Stages[i] is IPreloadingStage stage)
            {
                _ = Task.Run(stage.Preload);
            }
        }
    }
}
