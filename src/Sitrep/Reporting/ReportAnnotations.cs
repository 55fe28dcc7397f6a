using Sitrep.Pipeline;

namespace Sitrep.Reporting;

/// <summary>
/// Annotation keys under which stages store finished report records. The analyzer assembles the
/// report from whichever of them the pipeline produced; missing ones give empty lists.
/// </summary>
public static class ReportAnnotations
{
    /// <summary>Entities in report form.</summary>
    public static readonly AnnotationKey<List<EntityRecord>> Entities = new("report.entities");

    /// <summary>Places in report form.</summary>
    public static readonly AnnotationKey<List<PlaceRecord>> Places = new("report.places");

    /// <summary>Quotes in report form.</summary>
    public static readonly AnnotationKey<List<QuoteRecord>> Quotes = new("report.quotes");

    /// <summary>Events in report form.</summary>
    public static readonly AnnotationKey<List<EventRecord>> Events = new("report.events");
}
