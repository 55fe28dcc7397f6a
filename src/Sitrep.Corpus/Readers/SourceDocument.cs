namespace Sitrep.Corpus.Readers;

/// <summary>
/// One document as read, before analysis. <see cref="Text"/> is the text every span of its report points
/// into; for HTML it is the extracted article text, and <see cref="RawHtml"/> keeps the page it came from.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>The document text.</summary>
    public required string Text { get; init; }

    /// <summary>Where the text was read from: a path, a URL, or a path plus line number for JSON Lines.</summary>
    public required string Source { get; init; }

    /// <summary>The article's own URL, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Headline, when known.</summary>
    public string? Title { get; init; }

    /// <summary>Author line, when known.</summary>
    public string? Byline { get; init; }

    /// <summary>Publication date, when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The HTML the text was extracted from, when it came from HTML.</summary>
    public string? RawHtml { get; init; }

    /// <summary>What the engine needs besides the text.</summary>
    public DocumentInfo ToInfo() => new(Url ?? Source, Title, Published);
}

/// <summary>The outcome of reading one input: a document, or the reason it could not be read.</summary>
/// <param name="Source">Where the input came from.</param>
/// <param name="Document">The document, when reading worked.</param>
/// <param name="Error">Why reading failed, when it failed.</param>
public sealed record ReadItem(string Source, SourceDocument? Document, string? Error)
{
    /// <summary>A successful read.</summary>
    public static ReadItem Ok(SourceDocument document) => new(document.Source, document, null);

    /// <summary>A failed read.</summary>
    public static ReadItem Fail(string source, string error) => new(source, null, error);
}
