using Sitrep.Text;

namespace Sitrep.Reporting;

/// <summary>One event: violence, demonstration, strategic development or statement.</summary>
public sealed record EventRecord
{
    /// <summary>Id such as <c>V1</c>, stable within the report.</summary>
    public required string Id { get; init; }

    /// <summary>ACLED disorder type family, or statement for PLOVER verbal events.</summary>
    public required EventCategory Category { get; init; }

    /// <summary>Incident (one place and day) or summary (a total over many places).</summary>
    public EventScope Scope { get; init; } = EventScope.Incident;

    /// <summary>ACLED event type ("Explosions/Remote violence").</summary>
    public string? EventType { get; init; }

    /// <summary>ACLED sub-event type ("Air/drone strike").</summary>
    public string? SubEventType { get; init; }

    /// <summary>PLOVER event type ("ASSAULT", "ACCUSE").</summary>
    public string? Plover { get; init; }

    /// <summary>Entity ids of the actors.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>Entity ids of the targets.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>What was hit.</summary>
    public TargetType? TargetType { get; init; }

    /// <summary>Weapon class.</summary>
    public WeaponClass? Weapon { get; init; }

    /// <summary>Munitions launched and intercepted.</summary>
    public Munitions? Munitions { get; init; }

    /// <summary>Place id.</summary>
    public string? Place { get; init; }

    /// <summary>Resolved date as <c>yyyy-MM-dd</c> (first day of the period at coarser precision).</summary>
    public string? Date { get; init; }

    /// <summary>How precise <see cref="Date"/> is.</summary>
    public DatePrecision? DatePrecision { get; init; }

    /// <summary>People killed.</summary>
    public Casualties? Killed { get; init; }

    /// <summary>People injured.</summary>
    public Casualties? Injured { get; init; }

    /// <summary>Victims by category, where stated.</summary>
    public IReadOnlyList<VictimCount> Victims { get; init; } = [];

    /// <summary>Id of the quote a statement event rests on.</summary>
    public string? Quote { get; init; }

    /// <summary>Confidence in [0, 1].</summary>
    public double Confidence { get; init; }

    /// <summary>Id of the summary event (a nationwide wave) this incident is part of.</summary>
    public string? PartOf { get; init; }

    /// <summary>The evidence spans of every mention of the incident (headline, lead, details, quotes), in text order.</summary>
    public IReadOnlyList<TextSpan> Mentions { get; init; } = [];

    /// <summary>The spans that support each filled field.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
