namespace Sitrep.Corpus.Store;

// Flat rows as stored and queried. Mutable classes with settable properties so Dapper can map
// snake_case columns onto them on both backends.

/// <summary>One stored quote.</summary>
public sealed class QuoteRow
{
    /// <summary>Document id.</summary>
    public string DocumentId { get; set; } = "";
    /// <summary>Quote id within its report.</summary>
    public string QuoteId { get; set; } = "";
    /// <summary>Direct, mixed or indirect.</summary>
    public string Kind { get; set; } = "";
    /// <summary>The quoted content.</summary>
    public string Text { get; set; } = "";
    /// <summary>Content start offset.</summary>
    public int StartOffset { get; set; }
    /// <summary>Content end offset (exclusive).</summary>
    public int EndOffset { get; set; }
    /// <summary>Cue text ("said").</summary>
    public string? Cue { get; set; }
    /// <summary>Speaker entity id.</summary>
    public string? SpeakerId { get; set; }
    /// <summary>Speaker name.</summary>
    public string? Speaker { get; set; }
    /// <summary>Confidence.</summary>
    public double Confidence { get; set; }
    /// <summary>Document publication date (joined in queries).</summary>
    public string? Published { get; set; }
    /// <summary>Document URL or source (joined in queries).</summary>
    public string? SourceUrl { get; set; }
}

/// <summary>One stored entity.</summary>
public sealed class EntityRow
{
    /// <summary>Document id.</summary>
    public string DocumentId { get; set; } = "";
    /// <summary>Entity id within its report.</summary>
    public string EntityId { get; set; } = "";
    /// <summary>Entity type.</summary>
    public string Type { get; set; } = "";
    /// <summary>Name.</summary>
    public string Name { get; set; } = "";
    /// <summary>Role.</summary>
    public string? Role { get; set; }
    /// <summary>Affiliation (ISO alpha-2).</summary>
    public string? Affiliation { get; set; }
    /// <summary>Number of mentions.</summary>
    public int Mentions { get; set; }
    /// <summary>Document publication date (joined in queries).</summary>
    public string? Published { get; set; }
}

/// <summary>One stored place.</summary>
public sealed class PlaceRow
{
    /// <summary>Document id.</summary>
    public string DocumentId { get; set; } = "";
    /// <summary>Place id within its report.</summary>
    public string PlaceId { get; set; } = "";
    /// <summary>Name.</summary>
    public string Name { get; set; } = "";
    /// <summary>Kind.</summary>
    public string Kind { get; set; } = "";
    /// <summary>Country.</summary>
    public string? Country { get; set; }
    /// <summary>Admin-1 region.</summary>
    public string? Admin1 { get; set; }
    /// <summary>Latitude.</summary>
    public double? Lat { get; set; }
    /// <summary>Longitude.</summary>
    public double? Lon { get; set; }
    /// <summary>GeoNames id.</summary>
    public long? GeonamesId { get; set; }
}

/// <summary>One full-text search hit.</summary>
public sealed class SearchHit
{
    /// <summary>Document id.</summary>
    public string DocumentId { get; set; } = "";
    /// <summary>Title.</summary>
    public string? Title { get; set; }
    /// <summary>URL or source path.</summary>
    public string? SourceUrl { get; set; }
    /// <summary>Publication date.</summary>
    public string? Published { get; set; }
    /// <summary>Matching passage with hits in [brackets].</summary>
    public string? Snippet { get; set; }
    /// <summary>The document text while the snippet is built; null in results.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Text { get; set; }
    /// <summary>Quote id, for quote hits.</summary>
    public string? QuoteId { get; set; }
    /// <summary>Speaker, for quote hits.</summary>
    public string? Speaker { get; set; }
}

/// <summary>One stored incident.</summary>
public sealed class IncidentRow
{
    /// <summary>Incident id (derived from its earliest member, so stable across re-linking).</summary>
    public string Id { get; set; } = "";
    /// <summary>Sub-event type shared by the members.</summary>
    public string SubEventType { get; set; } = "";
    /// <summary>Earliest member date.</summary>
    public string Date { get; set; } = "";
    /// <summary>Place name.</summary>
    public string? PlaceName { get; set; }
    /// <summary>Country.</summary>
    public string? Country { get; set; }
    /// <summary>Admin-1 region.</summary>
    public string? Admin1 { get; set; }
    /// <summary>Latitude.</summary>
    public double? Lat { get; set; }
    /// <summary>Longitude.</summary>
    public double? Lon { get; set; }
    /// <summary>Best estimate of people killed (see the incidents README rule).</summary>
    public int? KilledBest { get; set; }
    /// <summary>Highest figure any source gave for killed.</summary>
    public int? KilledMax { get; set; }
    /// <summary>Best estimate of people injured.</summary>
    public int? InjuredBest { get; set; }
    /// <summary>Highest figure any source gave for injured.</summary>
    public int? InjuredMax { get; set; }
    /// <summary>"killed", "injured", "killed, injured" when sources disagree; null otherwise.</summary>
    public string? Conflict { get; set; }
    /// <summary>Number of documents.</summary>
    public int Sources { get; set; }
    /// <summary>Every source's figures side by side, as JSON.</summary>
    public string Figures { get; set; } = "[]";
}

/// <summary>A document claimed from the queue.</summary>
public sealed class QueuedDocument
{
    /// <summary>Document id.</summary>
    public string Id { get; set; } = "";
    /// <summary>Text.</summary>
    public string Text { get; set; } = "";
    /// <summary>Source.</summary>
    public string Source { get; set; } = "";
    /// <summary>URL.</summary>
    public string? Url { get; set; }
    /// <summary>Title.</summary>
    public string? Title { get; set; }
    /// <summary>Publication date.</summary>
    public string? Published { get; set; }
}

/// <summary>Row counts.</summary>
/// <param name="Documents">Documents (any status).</param>
/// <param name="Done">Documents analysed.</param>
/// <param name="Queued">Documents waiting for a worker or claimed by one.</param>
/// <param name="Events">Events.</param>
/// <param name="Quotes">Quotes.</param>
/// <param name="Entities">Entities.</param>
/// <param name="Incidents">Incidents.</param>
public sealed record CorpusCounts(long Documents, long Done, long Queued, long Events, long Quotes, long Entities, long Incidents);

/// <summary>Conditional-GET state of a feed.</summary>
/// <param name="Url">Feed URL.</param>
/// <param name="ETag">Last ETag.</param>
/// <param name="LastModified">Last Last-Modified header value.</param>
public sealed record FeedState(string Url, string? ETag, string? LastModified);
