using System.Text.Json.Serialization;

namespace Sitrep.Reporting;

/// <summary>The <c>document</c> block of a report.</summary>
public sealed record DocumentBlock
{
    /// <summary><c>sha256:</c> plus the hex digest of the text after NFC and CRLF-to-LF normalisation.</summary>
    public required string Id { get; init; }

    /// <summary>Path, URL or "-" the text was read from.</summary>
    public string? Source { get; init; }

    /// <summary>Headline, when known.</summary>
    public string? Title { get; init; }

    /// <summary>Publication date as <c>yyyy-MM-dd</c>, when known.</summary>
    public string? Published { get; init; }

    /// <summary>Length of the text in UTF-16 code units.</summary>
    public int Length { get; init; }

    /// <summary>Language of the text: <c>en</c>, <c>uk</c> or <c>ru</c> (<see cref="Text.LanguageDetector"/>).</summary>
    public string? Language { get; init; }

    /// <summary>The text itself; present only when asked for (<c>--include-text</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }
}
