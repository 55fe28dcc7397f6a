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
        }

        return document;
    }

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
