using Sitrep.Evaluation.Gold;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Evaluation.Scoring;

/// <summary>
/// Events against gold. A violent event is found when its evidence overlaps the gold evidence and
/// its place agrees (by name or admin-1; a country-level gold event wants no finer place). Fields are
/// then compared on the found pairs; a field counts as right only on a found event, out of all gold events. Statements are found by PLOVER type plus overlapping evidence.
/// </summary>
public static class EventScoring
{
    /// <summary>Adds <c>events.*</c> and <c>statements.*</c> metrics.</summary>
    public static void Score(GoldExample gold, Report report, MetricSet metrics)
    {
        var places = report.Places.ToDictionary(p => p.Id);
        var entities = report.Entities.ToDictionary(e => e.Id);
        var violent = report.Events.Where(e => e.Category == EventCategory.Violence).ToList();
        var pairs = Pair(gold.Events.Count, violent.Count, (g, p) =>
            Overlaps(gold.Events[g].Evidence, violent[p].Evidence) && SamePlace(gold.Events[g], violent[p], places));
        metrics.Add("events.violence", new Prf(pairs.Count, violent.Count, gold.Events.Count));

        void Field(string name, Func<GoldEvent, EventRecord, bool> same) =>
            metrics.AddShare($"events.field.{name}", pairs.Count(pair => same(gold.Events[pair.Gold], violent[pair.Predicted])), gold.Events.Count);

        Field("sub_event_type", (g, p) => g.SubEventType == p.SubEventType);
        Field("scope", (g, p) => g.Scope == ReportJson.NameOf(p.Scope));
        Field("weapon", (g, p) => g.Weapon == (p.Weapon is { } w ? ReportJson.NameOf(w) : null));
        Field("target_type", (g, p) => g.TargetType == (p.TargetType is { } t ? ReportJson.NameOf(t) : null));
        Field("killed", (g, p) => g.Killed == p.Killed?.Best);
        Field("injured", (g, p) => g.Injured == p.Injured?.Best);
        Field("date", (g, p) => g.Date == p.Date);
        Field("actor", (g, p) => p.Actors.Any(id => entities.TryGetValue(id, out var e) && Names.Same(g.Actor, e.Name)));

        var statements = report.Events.Where(e => e.Category == EventCategory.Statement).ToList();
        var statementPairs = Pair(gold.Statements.Count, statements.Count, (g, p) =>
            gold.Statements[g].Plover == statements[p].Plover && Overlaps([gold.Statements[g].Evidence], statements[p].Evidence));
        metrics.Add("statements", new Prf(statementPairs.Count, statements.Count, gold.Statements.Count));
    }

    private static List<(int Gold, int Predicted)> Pair(int gold, int predicted, Func<int, int, bool> found)
    {
        var pairs = new List<(int, int)>();
        var used = new HashSet<int>();
        for (var g = 0; g < gold; g++)
        {
            for (var p = 0; p < predicted; p++)
            {
                if (!used.Contains(p) && found(g, p))
                {
                    used.Add(p);
                    pairs.Add((g, p));
                    break;
                }
            }
        }

        return pairs;
    }

    private static bool Overlaps(IReadOnlyList<GoldSpan> gold, IReadOnlyList<Evidence> predicted) =>
        gold.Any(g => predicted.Any(p => new TextSpan(g.Start, g.End).Overlaps(new TextSpan(p.Start, p.End))));

    private static bool SamePlace(GoldEvent gold, EventRecord predicted, Dictionary<string, PlaceRecord> places)
    {
        var place = predicted.Place is { } id && places.TryGetValue(id, out var p) ? p : null;
        if (gold.Location is null)
        {
            return place is null || place.Kind == PlaceKind.Country;
        }

        return place is not null
            && (Names.Same(gold.Location, place.Name) || (gold.Precision == "admin1" && Names.Same(gold.Admin1, place.Admin1 ?? place.Name)));
    }
}
