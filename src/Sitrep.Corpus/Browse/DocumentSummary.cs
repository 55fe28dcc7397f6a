namespace Sitrep.Corpus.Browse;

/// <summary>What every view of a stored document shows: where it came from and how far its analysis got.</summary>
public abstract class DocumentHeader
{
    /// <summary>Document id (<c>sha256:</c> of the text).</summary>
    public string Id { get; set; } = "";
    /// <summary>Source path or name.</summary>
    public string Source { get; set; } = "";
    /// <summary>URL.</summary>
    public string? Url { get; set; }
    /// <summary>Title.</summary>
    public string? Title { get; set; }
    /// <summary>Publication date, yyyy-MM-dd.</summary>
    public string? Published { get; set; }
    /// <summary>queued, claimed, done or failed.</summary>
    public string Status { get; set; } = "";
}

/// <summary>One stored document as listed for browsing (no text, no report).</summary>
public sealed class DocumentSummary : DocumentHeader
{
    /// <summary>Events extracted.</summary>
    public int Events { get; set; }
    /// <summary>Quotes extracted.</summary>
    public int Quotes { get; set; }
}

/// <summary>One stored document in full: its text and its report.</summary>
public sealed class DocumentDetail : DocumentHeader
{
    /// <summary>The text all offsets point into.</summary>
    public string Text { get; set; } = "";
    /// <summary>The report (JSON, contract <c>sitrep.report/1</c>), null until analysed.</summary>
    public string? Report { get; set; }
}
