using System.Data.Common;
using Dapper;
using Sitrep.Corpus.Review;
using Sitrep.Corpus.Stats;

namespace Sitrep.Corpus.Store;

// Event totals: GROUP BY in the database over the stored values, then the few reviewed events are moved
// from their stored figures to their reviewed ones, so the answer equals totalling the reviewed events.
public abstract partial class SqlCorpusStore : IEventTotals
{
    private static readonly string[] TotalKeys = ["date", "admin1", "sub_event_type"];

    /// <inheritdoc/>
    public EventTotals Totals(CorpusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var totals = new Dictionary<string, (int Events, int Killed, int Injured)>[TotalKeys.Length];
        using (DbConnection connection = OpenConnection())
        {
            for (var k = 0; k < TotalKeys.Length; k++)
            {
                var sql = EventFilter(filter).And($"e.{TotalKeys[k]} IS NOT NULL");
                totals[k] = connection.Query<(string Key, long Events, long Killed, long Injured)>(
                        $"SELECT e.{TotalKeys[k]}, count(*), coalesce(sum(e.killed_best), 0), coalesce(sum(e.injured_best), 0) FROM events e"
                        + sql.Where + $" GROUP BY e.{TotalKeys[k]}", sql.Parameters)
                    .ToDictionary(r => r.Key, r => ((int)r.Events, (int)r.Killed, (int)r.Injured), StringComparer.Ordinal);
            }
        }

        var reviews = EventReview.Fold(Reviews());
        if (reviews.Count > 0)
        {
            var reviewed = EventFilter(filter).And("EXISTS (SELECT 1 FROM event_reviews r WHERE r.document_id = e.document_id AND r.event_id = e.event_id)");
            var stored = Stream<EventRow>("SELECT e.* FROM events e" + reviewed.Where, reviewed.Parameters).ToList();
            foreach (var row in stored)
            {
                Move(totals, row, -1);
            }

            foreach (var row in ReviewedEvents.Apply(stored, reviews))
            {
                Move(totals, row, +1);
            }
        }

        return new EventTotals(Sorted(totals[0]), Sorted(totals[1]), Sorted(totals[2]));
    }

    private static void Move(Dictionary<string, (int Events, int Killed, int Injured)>[] totals, EventRow row, int sign)
    {
        string?[] keys = [row.Date, row.Admin1, row.SubEventType];
        for (var k = 0; k < keys.Length; k++)
        {
            if (keys[k] is not { } key)
            {
                continue;
            }

            var (events, killed, injured) = totals[k].GetValueOrDefault(key);
            totals[k][key] = (events + sign, killed + (sign * (row.KilledBest ?? 0)), injured + (sign * (row.InjuredBest ?? 0)));
        }
    }

    private static List<EventTotal> Sorted(Dictionary<string, (int Events, int Killed, int Injured)> totals) =>
        totals.Where(t => t.Value.Events > 0)
            .Select(t => new EventTotal(t.Key, t.Value.Events, t.Value.Killed, t.Value.Injured))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
}
