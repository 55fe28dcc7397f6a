using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Incidents;

/// <summary>One incident: its summary row and the events (from two or more documents) it links.</summary>
/// <param name="Row">Summary as stored.</param>
/// <param name="Members">The linked events, ordered by document then event id.</param>
public sealed record Incident(IncidentRow Row, IReadOnlyList<EventRow> Members);
