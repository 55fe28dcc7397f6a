namespace Sitrep;

/// <summary>What is known about a document besides its text.</summary>
/// <param name="Source">Where the text came from: a path, a URL, or "-" for standard input.</param>
/// <param name="Title">The headline, when known.</param>
/// <param name="Published">Publication date; relative dates ("yesterday") resolve against it.</param>
public sealed record DocumentInfo(string? Source = null, string? Title = null, DateOnly? Published = null)
{
    /// <summary>No source, title or date.</summary>
    public static DocumentInfo Empty { get; } = new();
}
