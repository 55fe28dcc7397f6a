using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// What the document has stated so far about the attacks it reports: the last named actor, weapon and
/// date, each with the span that states it. An incident that names none of them ("a hospital ... was
/// also struck") takes them from here, with evidence pointing back at that span.
/// </summary>
internal sealed class EventContext
{
    public (string Id, TextSpan Span)? Actor { get; set; }

    public (WeaponClass Weapon, TextSpan Span)? Weapon { get; set; }

    public (string Date, DatePrecision Precision, TextSpan Span)? Date { get; set; }

    public EventDraft? Last { get; set; }
}
