using System.Collections.Immutable;

namespace Sitrep.Pipeline;

/// <summary>
/// A frozen, ordered list of stages. Immutable and thread-safe: many threads may run documents
/// through one instance at once, since each run annotates its own <see cref="Document"/>.
/// </summary>
public sealed class SitrepPipeline
{
    internal SitrepPipeline(ImmutableArray<IStage> stages) => Stages = stages;

    /// <summary>The stages in the order they run.</summary>
    public ImmutableArray<IStage> Stages { get; }

    /// <summary>Runs every stage over <paramref name="document"/> in order.</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
        }

        return document;
    }
}
