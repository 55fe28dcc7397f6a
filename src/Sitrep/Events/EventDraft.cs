using System.Globalization;
using Sitrep.Places;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>A violent, demonstration or strategic event while the stage builds it; one per place, day and sub-event type.</summary>
internal sealed class EventDraft
{
    private readonly List<Evidence> _evidence = [];
    private readonly HashSet<Evidence> _evidenceSet = []; // the same spans, for a constant-time repeat check (long texts merge thousands)

    public EventDraft(AcledType type, EventScope scope, int sentence, TextSpan segment)
    {
        (Type, Scope, FirstSentence, LastSentence) = (type, scope, sentence, sentence);
        AddEvidence("event", segment);
        Mentions.Add(segment);
    }

    public AcledType Type { get; private set; }

    /// <summary>Typed from a bare "attack" or "strike" with no weapon: a later, specific sentence may retype it.</summary>
    public bool Generic { get; set; }

    public EventScope Scope { get; }

    /// <summary>The attack word is definite ("the assault", "this strike"): it names an incident already told.</summary>
    public bool Anaphor { get; init; }

    /// <summary>Told with a plural attack word ("six injured in drone attacks"): several attacks, not one incident.</summary>
    public bool Several { get; init; }

    /// <summary>Read from casualty words alone, with no attack word ("At least 37 people were wounded across the city").</summary>
    public bool Detail { get; init; }

    public int FirstSentence { get; private set; }

    public int LastSentence { get; set; }

    /// <summary>The segments of every mention of the incident, in the order they were read (repeats removed in <see cref="ToRecord"/>).</summary>
    public List<TextSpan> Mentions { get; } = [];

    /// <summary>The summary (a nationwide or region-wide wave) this incident is part of.</summary>
    public EventDraft? PartOf { get; set; }

    public Place? Place { get; set; }

    public string? Date { get; set; }

    public DatePrecision? Precision { get; set; }

    public List<string> Actors { get; } = [];

    public List<string> Targets { get; } = [];

    public WeaponClass? Weapon { get; set; }

    public TargetType? TargetType { get; set; }

    public int? Launched { get; set; }

    public int? Intercepted { get; set; }

    public List<CasualtyMention> Casualties { get; } = [];

    /// <summary>
    /// Casualties from a sentence naming several kinds of weapon ("drones and missiles ..., killing
    /// three"): they belong to the incident, not to this weapon's event in particular.
    /// </summary>
    public List<CasualtyMention> SharedCasualties { get; } = [];

    public int Stated { get; set; }

    public int Inherited { get; set; }

    public IEnumerable<TextSpan> EvidenceFor(string field) =>
        _evidence.Where(e => e.Field == field).Select(e => new TextSpan(e.Start, e.End));

    /// <summary>Drops a field's span that turned out wrong (an actor read from inside the victims' phrase).</summary>
    public void RemoveEvidence(string field, TextSpan span)
    {
        var evidence = new Evidence(field, span.Start, span.End);
        if (_evidenceSet.Remove(evidence))
        {
            _evidence.Remove(evidence);
        }
    }

    public void AddEvidence(string field, TextSpan span)
    {
        var evidence = new Evidence(field, span.Start, span.End);
        if (_evidenceSet.Add(evidence))
        {
            _evidence.Add(evidence);
        }
    }

    /// <summary>Removes <paramref name="mentions"/> and the evidence that only they gave.</summary>
    public void RemoveCasualties(IReadOnlyCollection<CasualtyMention> mentions)
    {
        Casualties.RemoveAll(mentions.Contains);
        SharedCasualties.RemoveAll(mentions.Contains);
        _evidence.RemoveAll(e => e.Field is "killed" or "injured" or "victims"
            && mentions.Any(m => m.Span.Start == e.Start && m.Span.End == e.End)
            && !Casualties.Exists(m => m.Span.Start == e.Start && m.Span.End == e.End));
        _evidenceSet.IntersectWith(_evidence);
        Stated -= mentions.Count;
    }

    /// <summary>Takes the fields <paramref name="other"/> states and this one lacks; casualties are kept as mentions.</summary>
    public void Absorb(EventDraft other)
    {
        if (Generic && !other.Generic)
        {
            (Type, Generic) = (other.Type, false);
        }

        // The most specific place of the incident's mentions: "Bucha" over "the Kyiv region".
        Place = Place is null ? other.Place : other.Place is { } op && PlaceContainment.Within(op, Place) ? op : Place;
        (Date, Precision) = Date is null ? (other.Date, other.Precision) : (Date, Precision);
        Weapon ??= other.Weapon;
        TargetType ??= other.TargetType;
        Launched ??= other.Launched;
        Intercepted ??= other.Intercepted;
        Actors.AddRange(other.Actors.Where(a => !Actors.Contains(a)));
        Targets.AddRange(other.Targets.Where(t => !Targets.Contains(t)));
        Casualties.AddRange(other.Casualties);
        SharedCasualties.AddRange(other.SharedCasualties);
        LastSentence = Math.Max(LastSentence, other.LastSentence);
        FirstSentence = Math.Min(FirstSentence, other.FirstSentence);
        Mentions.AddRange(other.Mentions);
        Stated += other.Stated;
        foreach (var e in other._evidence)
        {
            AddEvidence(e.Field, new TextSpan(e.Start, e.End));
        }
    }

    public EventRecord ToRecord(int number, string? partOf)
    {
        var killed = CasualtyTotals.Total(Casualties, Outcome.Killed);
        var injured = CasualtyTotals.Total(Casualties, Outcome.Injured);
        var confidence = Math.Clamp(0.45 + (0.08 * Stated) - (0.05 * Inherited), 0.3, 0.95);
        return new EventRecord
        {
            Id = "V" + number.ToString(CultureInfo.InvariantCulture),
            Category = Type.Category,
            Scope = Scope,
            EventType = Type.EventType,
            SubEventType = Type.SubEventType,
            Plover = Type.Plover,
            Actors = [.. Actors],
            Targets = [.. Targets],
            TargetType = TargetType,
            Weapon = Weapon,
            Munitions = Launched is null && Intercepted is null ? null : new Munitions(Launched, Intercepted),
            Place = Place?.Id,
            Date = Date,
            DatePrecision = Date is null ? null : Precision,
            Killed = killed,
            Injured = injured,
            Victims = CasualtyTotals.Victims(Casualties),
            Confidence = Math.Round(confidence, 2),
            PartOf = partOf,
            Mentions = [.. Mentions.Distinct().OrderBy(m => m.Start).ThenBy(m => m.End)],
            Evidence = [.. _evidence],
        };
    }
}
