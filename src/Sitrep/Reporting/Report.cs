namespace Sitrep.Reporting;

/// <summary>
/// The report contract <c>sitrep.report/1</c>: what every consumer (store, web UI, evaluation,
/// exports) reads. Offsets are UTF-16 code units into the document text as read, end exclusive;
/// ids are stable within one report. <c>null</c> means "not stated".
/// </summary>
public sealed record Report
{
    /// <summary>The schema name every report carries.</summary>
    public const string SchemaName = "sitrep.report/1";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    public string Schema { get; init; } = SchemaName;

    /// <summary>The document the report describes.</summary>
    public required DocumentBlock Document { get; init; }

    /// <summary>People, organisations, countries and groups, each with every mention.</summary>
    public IReadOnlyList<EntityRecord> Entities { get; init; } = [];

    /// <summary>Toponyms resolved to the gazetteer.</summary>
    public IReadOnlyList<PlaceRecord> Places { get; init; } = [];

    /// <summary>Direct, mixed and indirect quotations.</summary>
    public IReadOnlyList<QuoteRecord> Quotes { get; init; } = [];

    /// <summary>Violent, demonstration, strategic and statement events.</summary>
    public IReadOnlyList<EventRecord> Events { get; init; } = [];
}
