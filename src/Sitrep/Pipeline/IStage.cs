namespace Sitrep.Pipeline;

/// <summary>
/// The one contract every stage of the engine implements: read what it needs from a document and
/// add what it produces. Stages are immutable after construction and safe to share across threads.
/// </summary>
public interface IStage
{
    /// <summary>Short readable name used in pipeline errors and benchmarks.</summary>
    string Name { get; }

    /// <summary>Annotations that earlier stages must have produced.</summary>
    IReadOnlyList<AnnotationKey> Needs { get; }

    /// <summary>Annotations this stage adds to the document.</summary>
    IReadOnlyList<AnnotationKey> Produces { get; }

    /// <summary>Annotates <paramref name="document"/>.</summary>
    void Process(Document document, CancellationToken cancellationToken);
}
