namespace Sitrep.Entities.Ner;

/// <summary>A NER model file is missing, truncated, damaged or of another version.</summary>
public sealed class NerModelException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NerModelException() { }

    /// <summary>Creates the exception with a message.</summary>
    public NerModelException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public NerModelException(string message, Exception inner) : base(message, inner) { }
}
