namespace Sitrep.Corpus.Store;

/// <summary>
/// Filters shared by the query commands and exports. Text filters match case-insensitively as substrings;
/// dates are <c>yyyy-MM-dd</c>, inclusive. Null means "any".
/// </summary>
public sealed record CorpusFilter
{
    /// <summary>ISO 3166-1 alpha-2 country of the event's place, or the entity's affiliation.</summary>
    public string? Country { get; init; }

    /// <summary>Admin-1 region of the event's place ("Sumy Oblast").</summary>
    public string? Admin1 { get; init; }

    /// <summary>Earliest date (event date; publication date for quotes and entities).</summary>
    public string? From { get; init; }

    /// <summary>Latest date, inclusive.</summary>
    public string? To { get; init; }

    /// <summary>Event type, sub-event type, category or PLOVER type of an event; entity type; quote kind.</summary>
    public string? Type { get; init; }

    /// <summary>Speaker name of a quote.</summary>
    public string? Speaker { get; init; }

    /// <summary>Actor or target name of an event; entity name.</summary>
    public string? Actor { get; init; }

    /// <summary>Language of the document: <c>en</c>, <c>uk</c> or <c>ru</c>.</summary>
    public string? Language { get; init; }

    /// <summary>Most rows to return; null for all.</summary>
    public int? Limit { get; init; }

    /// <summary>No filtering.</summary>
    public static CorpusFilter None { get; } = new();
}
