using System.Data;
using Dapper;

namespace Sitrep.Corpus.Store;

// The map's view of every event: read column by column, because for 10k rows Dapper's per-row mapping
// cost as much again as the query itself (~150 ms against ~60 ms on the shared benchmark machine).
public abstract partial class SqlCorpusStore
{
    /// <inheritdoc/>
    public IEnumerable<EventRow> EventPoints(CorpusFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = EventFilter(filter);
        using var connection = OpenConnection();
        using var reader = connection.ExecuteReader(
            "SELECT e.document_id, e.event_id, e.category, e.event_type, e.sub_event_type, e.date, e.place_name, e.country, e.admin1, e.lat, e.lon,"
            + " e.killed_min, e.killed_best, e.killed_max, e.injured_min, e.injured_best, e.injured_max FROM events e"
            + sql.Where + " ORDER BY e.date, e.document_id, e.seq" + sql.Limit(filter.Limit), sql.Parameters);
        while (reader.Read())
        {
            yield return new EventRow
            {
                DocumentId = reader.GetString(0), EventId = reader.GetString(1), Category = reader.GetString(2),
                EventType = TextAt(reader, 3), SubEventType = TextAt(reader, 4), Date = TextAt(reader, 5), PlaceName = TextAt(reader, 6),
                Country = TextAt(reader, 7), Admin1 = TextAt(reader, 8), Lat = NumberAt(reader, 9), Lon = NumberAt(reader, 10),
                KilledMin = CountAt(reader, 11), KilledBest = CountAt(reader, 12), KilledMax = CountAt(reader, 13),
                InjuredMin = CountAt(reader, 14), InjuredBest = CountAt(reader, 15), InjuredMax = CountAt(reader, 16),
            };
        }
    }

    private static string? TextAt(IDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static double? NumberAt(IDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);

    private static int? CountAt(IDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetInt32(i);
}
