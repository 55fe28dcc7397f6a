using Sitrep.Corpus.Store;

namespace Sitrep.Server.Api;

/// <summary>
/// What the map and its event list need of each event, column by column: one array per field, the same
/// index for the same event. Text values are indexes into <see cref="Strings"/>, which holds each distinct
/// value once (document ids, types, dates and regions repeat across thousands of events), so 10k events
/// are ~0.6 MB instead of ~1.25 MB and parse in a fraction of the time.
/// </summary>
/// <param name="Strings">Each distinct text value once.</param>
/// <param name="Document">Per event: document id (index into <see cref="Strings"/>).</param>
/// <param name="EventId">Event id (index).</param>
/// <param name="Category">Category (index).</param>
/// <param name="SubEventType">Sub-event type, corrected when reviewed (index or null).</param>
/// <param name="Date">Date (index or null).</param>
/// <param name="PlaceName">Place name (index or null).</param>
/// <param name="Admin1">Admin-1 region (index or null).</param>
/// <param name="Lat">Latitude, rounded to 5 decimals (about a metre).</param>
/// <param name="Lon">Longitude, rounded to 5 decimals.</param>
/// <param name="KilledBest">Killed, best estimate.</param>
/// <param name="InjuredBest">Injured, best estimate.</param>
/// <param name="Reviews">confirmed, corrected or rejected, keyed "documentId/eventId", for reviewed events only.</param>
public sealed record MapColumns(
    IReadOnlyList<string> Strings, IReadOnlyList<int> Document, IReadOnlyList<int> EventId, IReadOnlyList<int> Category,
    IReadOnlyList<int?> SubEventType, IReadOnlyList<int?> Date, IReadOnlyList<int?> PlaceName, IReadOnlyList<int?> Admin1,
    IReadOnlyList<double?> Lat, IReadOnlyList<double?> Lon, IReadOnlyList<int?> KilledBest, IReadOnlyList<int?> InjuredBest,
    IReadOnlyDictionary<string, string> Reviews)
{
    /// <summary>The columns of <paramref name="events"/>.</summary>
    public static MapColumns Of(IEnumerable<EventRow> events, IReadOnlyDictionary<string, string> reviews)
    {
        ArgumentNullException.ThrowIfNull(events);
        var strings = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int Text(string value)
        {
            if (!index.TryGetValue(value, out var i))
            {
                index[value] = i = strings.Count;
                strings.Add(value);
            }

            return i;
        }

        int? Optional(string? value) => value is null ? null : Text(value);

        List<int> document = [], eventId = [], category = [];
        List<int?> sub = [], date = [], place = [], admin1 = [], killed = [], injured = [];
        List<double?> lat = [], lon = [];
        foreach (var e in events)
        {
            document.Add(Text(e.DocumentId));
            eventId.Add(Text(e.EventId));
            category.Add(Text(e.Category));
            sub.Add(Optional(e.SubEventType));
            date.Add(Optional(e.Date));
            place.Add(Optional(e.PlaceName));
            admin1.Add(Optional(e.Admin1));
            lat.Add(e.Lat is { } y ? Math.Round(y, 5) : null);
            lon.Add(e.Lon is { } x ? Math.Round(x, 5) : null);
            killed.Add(e.KilledBest);
            injured.Add(e.InjuredBest);
        }

        return new MapColumns(strings, document, eventId, category, sub, date, place, admin1, lat, lon, killed, injured, reviews);
    }
}
