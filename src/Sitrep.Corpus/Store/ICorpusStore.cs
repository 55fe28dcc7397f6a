using Sitrep.Corpus.Incidents;
using Sitrep.Corpus.Readers;
using Sitrep.Reporting;

namespace Sitrep.Corpus.Store;

/// <summary>
/// Where documents and their reports live. Two backends implement it with the same schema and the same
/// behaviour: SQLite (one file) and PostgreSQL. Every write of one document is one transaction.
/// </summary>
public interface ICorpusStore : IDisposable
{
    /// <summary>"sqlite" or "postgres".</summary>
    string Backend { get; }

    /// <summary>Whether a document with this id is stored (in any status).</summary>
    bool Contains(string documentId);

    /// <summary>Stores a document and its report in one transaction; false when the text was already stored.</summary>
    bool Save(SourceDocument document, Report report);

    /// <summary>Stores a document for a worker to analyse; false when the text was already stored.</summary>
    bool Enqueue(SourceDocument document);

    /// <summary>
    /// Claims up to <paramref name="count"/> queued documents (or ones whose claim expired) for
    /// <paramref name="worker"/> until now + <paramref name="lease"/>.
    /// </summary>
    IReadOnlyList<QueuedDocument> Claim(string worker, int count, TimeSpan lease);

    /// <summary>
    /// Writes a claimed document's report; false (and nothing written) when the claim is no longer
    /// <paramref name="worker"/>'s, because it expired and another worker took the document.
    /// </summary>
    bool Complete(string worker, string documentId, Report report);

    /// <summary>Marks a claimed document failed with a reason.</summary>
    void Fail(string worker, string documentId, string error);

    /// <summary>Full-text search over document titles and text.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit);

    /// <summary>Full-text search over quote content and speakers.</summary>
    IReadOnlyList<SearchHit> SearchQuotes(string query, int limit);

    /// <summary>Events matching <paramref name="filter"/>, by date then document, streamed.</summary>
    IEnumerable<EventRow> Events(CorpusFilter filter);

    /// <summary>
    /// Like <see cref="Events"/>, with only the fields a map needs filled (ids, category, sub-event type, date,
    /// place name, country, admin-1, coordinates, casualties): no document join, no evidence.
    /// </summary>
    IEnumerable<EventRow> EventPoints(CorpusFilter filter);

    /// <summary>Quotes matching <paramref name="filter"/>, streamed.</summary>
    IEnumerable<QuoteRow> Quotes(CorpusFilter filter);

    /// <summary>Entities matching <paramref name="filter"/>, streamed.</summary>
    IEnumerable<EntityRow> Entities(CorpusFilter filter);

    /// <summary>Places of one document.</summary>
    IReadOnlyList<PlaceRow> Places(string documentId);

    /// <summary>Stored reports (JSON, contract <c>sitrep.report/1</c>) of analysed documents matching the filter, streamed.</summary>
    IEnumerable<string> Reports(CorpusFilter filter);

    /// <summary>The document text, or null.</summary>
    string? TextOf(string documentId);

    /// <summary>Incidents matching <paramref name="filter"/>.</summary>
    IReadOnlyList<IncidentRow> Incidents(CorpusFilter filter);

    /// <summary>Events that can be linked into incidents (violent incidents with a sub-event type and a day date).</summary>
    IReadOnlyList<EventRow> LinkableEvents();

    /// <summary>Replaces every incident and event assignment in one transaction.</summary>
    void ReplaceIncidents(IReadOnlyList<Incident> incidents);

    /// <summary>Conditional-GET state of a feed, or null.</summary>
    FeedState? Feed(string url);

    /// <summary>Saves a feed's conditional-GET state.</summary>
    void SaveFeed(FeedState state);

    /// <summary>Row counts.</summary>
    CorpusCounts Counts();
}
