using System.Globalization;
using System.Text;
using Npgsql;

namespace Sitrep.Corpus.Store.Postgres;

/// <summary>
/// Writes a report's rows to PostgreSQL in one round trip: one multi-row <c>INSERT</c> per table (chunked under
/// the protocol's parameter limit), all sent as one <see cref="NpgsqlBatch"/> inside the document's
/// transaction. Row by row, a document cost some forty round trips; the network, not the server, was the limit.
/// </summary>
internal static class PostgresRowBatch
{
    // PostgreSQL's wire protocol numbers parameters with 16 bits.
    private const int MaxParameters = 65_535;

    public static void Insert(NpgsqlConnection connection, NpgsqlTransaction transaction, string id, Sitrep.Reporting.Report report, string text)
    {
        using var batch = new NpgsqlBatch(connection, transaction);
        Add(batch, "entities", ReportRows.Entities(id, report).ToList(),
            ("document_id", e => e.DocumentId), ("entity_id", e => e.EntityId), ("type", e => e.Type), ("name", e => e.Name),
            ("role", e => e.Role), ("affiliation", e => e.Affiliation), ("mentions", e => e.Mentions));
        Add(batch, "places", ReportRows.Places(id, report).ToList(),
            ("document_id", p => p.DocumentId), ("place_id", p => p.PlaceId), ("name", p => p.Name), ("kind", p => p.Kind), ("country", p => p.Country),
            ("admin1", p => p.Admin1), ("lat", p => p.Lat), ("lon", p => p.Lon), ("geonames_id", p => p.GeonamesId));
        Add(batch, "quotes", ReportRows.Quotes(id, report, text).ToList(),
            ("document_id", q => q.DocumentId), ("quote_id", q => q.QuoteId), ("kind", q => q.Kind), ("text", q => q.Text),
            ("start_offset", q => q.StartOffset), ("end_offset", q => q.EndOffset), ("cue", q => q.Cue), ("speaker_id", q => q.SpeakerId),
            ("speaker", q => q.Speaker), ("confidence", q => q.Confidence));
        Add(batch, "events", ReportRows.Events(id, report).ToList(),
            ("document_id", e => e.DocumentId), ("event_id", e => e.EventId), ("category", e => e.Category), ("scope", e => e.Scope),
            ("event_type", e => e.EventType), ("sub_event_type", e => e.SubEventType), ("plover", e => e.Plover), ("actors", e => e.Actors),
            ("targets", e => e.Targets), ("target_type", e => e.TargetType), ("weapon", e => e.Weapon), ("launched", e => e.Launched),
            ("intercepted", e => e.Intercepted), ("place_name", e => e.PlaceName), ("place_kind", e => e.PlaceKind), ("country", e => e.Country),
            ("admin1", e => e.Admin1), ("lat", e => e.Lat), ("lon", e => e.Lon), ("geonames_id", e => e.GeonamesId), ("date", e => e.Date),
            ("date_precision", e => e.DatePrecision), ("killed_min", e => e.KilledMin), ("killed_best", e => e.KilledBest), ("killed_max", e => e.KilledMax),
            ("injured_min", e => e.InjuredMin), ("injured_best", e => e.InjuredBest), ("injured_max", e => e.InjuredMax),
            ("confidence", e => e.Confidence), ("evidence", e => e.Evidence));
        if (batch.BatchCommands.Count > 0)
        {
            batch.ExecuteNonQuery();
        }
    }

    private static void Add<T>(NpgsqlBatch batch, string table, List<T> rows, params (string Column, Func<T, object?> Value)[] columns)
    {
        var perCommand = MaxParameters / columns.Length;
        for (var start = 0; start < rows.Count; start += perCommand)
        {
            var command = new NpgsqlBatchCommand();
            var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Column))}) VALUES ");
            foreach (var row in rows.Skip(start).Take(perCommand))
            {
                sql.Append(command.Parameters.Count == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = columns[c].Value(row) ?? DBNull.Value });
                    sql.Append(c == 0 ? "$" : ", $").Append(command.Parameters.Count.ToString(CultureInfo.InvariantCulture));
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            batch.BatchCommands.Add(command);
        }
    }
}
