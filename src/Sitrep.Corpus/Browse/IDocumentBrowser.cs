namespace Sitrep.Corpus.Browse;

/// <summary>Paged listing and lookup of stored documents, for the web UI and API. Both SQL stores implement it.</summary>
public interface IDocumentBrowser
{
    /// <summary>Documents, newest publication first, optionally published within [from, to].</summary>
    IReadOnlyList<DocumentSummary> Documents(string? from, string? to, int limit, int offset);

    /// <summary>One document with its text and report, or null.</summary>
    DocumentDetail? Document(string id);
}
