using Sitrep.Pipeline;

namespace Sitrep.Reporting;

/// <summary>
/// Annotation keys under which stages store finished report records. The analyzer assembles the
/// report from whichever of them the pipeline produced; missing ones give empty lists. Entities and
/// places live in <see cref="Entities.EntityGraph"/> and <see cref="Places.PlaceSet"/>, which later
/// stages extend.
/// </summary>
public static class ReportAnnotations
{
    /// <summary>Quotes in report form.</summary>
    public static readonly AnnotationKey<List<QuoteRecord>> Quotes = new("report.quotes");

    /// <summary>Events in report form.</summary>
    public static readonly AnnotationKey<List<EventRecord>> Events = new("report.events");
}
