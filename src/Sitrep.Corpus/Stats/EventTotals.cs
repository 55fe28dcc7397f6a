namespace Sitrep.Corpus.Stats;

/// <summary>Events, killed and injured (best estimates) under one key: a day, an admin-1 region, a sub-event type.</summary>
/// <param name="Key">The day (yyyy-MM-dd), region or type.</param>
/// <param name="Events">Number of events.</param>
/// <param name="Killed">Sum of best estimates of people killed.</param>
/// <param name="Injured">Sum of best estimates of people injured.</param>
public sealed record EventTotal(string Key, int Events, int Killed, int Injured);

/// <summary>Totals of the events matching a filter, reviews applied, each list ordered by key (ordinal).</summary>
/// <param name="PerDay">By event date.</param>
/// <param name="PerAdmin1">By admin-1 region.</param>
/// <param name="PerSubEventType">By sub-event type.</param>
public sealed record EventTotals(IReadOnlyList<EventTotal> PerDay, IReadOnlyList<EventTotal> PerAdmin1, IReadOnlyList<EventTotal> PerSubEventType);

/// <summary>A store that can total events in the database (GROUP BY) rather than by loading them.</summary>
public interface IEventTotals
{
    /// <summary>
    /// Totals of the events matching <paramref name="filter"/> (its limit is ignored), with analysts' reviews
    /// applied as exports apply them: corrected fields count with the analyst's value, rejected events not at all.
    /// </summary>
    EventTotals Totals(Store.CorpusFilter filter);
}
