using System.Collections.Immutable;
using Sitrep.Pipeline;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Time;

/// <summary>
/// A time phrase resolved against the publication date: "overnight" -> the previous day, "in August"
/// -> the first of the latest August on or before publication, with month precision.
/// </summary>
/// <param name="Span">The phrase in the text.</param>
/// <param name="Date">The resolved date (first day of the period at coarser precision).</param>
/// <param name="Precision">Day, week, month or year.</param>
/// <param name="Rule">Which rule resolved it (for the evidence view).</param>
public sealed record TimeExpression(TextSpan Span, DateOnly Date, DatePrecision Precision, string Rule)
{
    /// <summary>The annotation key the time stage produces: every resolved phrase in text order.</summary>
    public static readonly AnnotationKey<ImmutableArray<TimeExpression>> Key = new("time");
}
