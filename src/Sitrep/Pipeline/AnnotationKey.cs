namespace Sitrep.Pipeline;

/// <summary>
/// Names one kind of annotation a stage can produce or need. Keys compare by identity, so two
/// stages agree on an annotation by sharing the key object, never by a string.
/// </summary>
public abstract class AnnotationKey
{
    private protected AnnotationKey(string name) => Name = name;

    /// <summary>Readable name used in pipeline errors.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A typed annotation key: the value stored under it is a <typeparamref name="T"/>.</summary>
/// <typeparam name="T">Type of the annotation value.</typeparam>
public sealed class AnnotationKey<T> : AnnotationKey where T : notnull
{
    /// <summary>Creates a key with a readable name.</summary>
    public AnnotationKey(string name) : base(name) { }
}
