using Sitrep.Corpus.Incidents;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Watches;

/// <summary>
/// An incident as a watch sees it when a document arrives: the new document's violent event together with
/// the stored events of other documents it links to (the incident linker's rule), summarised by the same
/// best-estimate rule as the incidents table. A lone event is an incident of one source.
/// </summary>
/// <param name="Summary">Place, figures, conflict and every source's figures (as <see cref="IncidentLinker"/> summarises).</param>
/// <param name="Members">The events, the new one included.</param>
/// <param name="Trigger">The new document's event that made the incident (new or revised) now.</param>
/// <param name="TriggerText">The text of the trigger's document (watch words are looked for there).</param>
public sealed record WatchedIncident(IncidentRow Summary, IReadOnlyList<EventRow> Members, EventRow Trigger, string TriggerText)
{
    /// <summary>The figures a watch compares with what it told last time: a change of any of them is a revision.</summary>
    public IncidentFigures Figures => new(Summary.KilledBest, Summary.KilledMax, Summary.InjuredBest, Summary.InjuredMax, Summary.Conflict);

    /// <summary>The notified sources, built once for all the watches told about this incident (see <see cref="NotificationBuilder.Sources"/>).</summary>
    internal IReadOnlyList<NotifiedSource>? Sources { get; set; }
}

/// <summary>The figures of an incident that make a revision when they change.</summary>
/// <param name="KilledBest">Best estimate of killed.</param>
/// <param name="KilledMax">Highest killed any source gave.</param>
/// <param name="InjuredBest">Best estimate of injured.</param>
/// <param name="InjuredMax">Highest injured any source gave.</param>
/// <param name="Conflict">Which figures sources disagree on, or null.</param>
public sealed record IncidentFigures(int? KilledBest, int? KilledMax, int? InjuredBest, int? InjuredMax, string? Conflict)
{
    /// <summary>What changed from <paramref name="before"/> to this, in words ("killed 3 → 5", "sources disagree on killed").</summary>
    public IReadOnlyList<string> ChangesFrom(IncidentFigures before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var changes = new List<string>();
        void Compare(string name, int? old, int? now)
        {
            if (old != now)
            {
                changes.Add($"{name} {old?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} → {now?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}");
            }
        }

        Compare("killed", before.KilledBest, KilledBest);
        Compare("killed (highest report)", before.KilledMax, KilledMax);
        Compare("injured", before.InjuredBest, InjuredBest);
        Compare("injured (highest report)", before.InjuredMax, InjuredMax);
        if (Conflict != before.Conflict)
        {
            changes.Add(Conflict is null ? "sources now agree" : $"sources disagree on {Conflict}");
        }

        return changes;
    }
}
