using Sitrep.Corpus.Store;

namespace Sitrep.Server.Api;

/// <summary>
/// What the map and its event list need of each event, column by column: one array per field, the same
/// index for the same event, and each document id once (<see cref="Documents"/>) rather than once per
/// event. A third of the size of a list of objects, so 10k events load and parse in a fraction of the time.
/// </summary>
/// <param name="Documents">Distinct document ids.</param>
/// <param name="Document">Per event: its index in <see cref="Documents"/>.</param>
/// <param name="EventId">Event id.</param>
/// <param name="Category">Category.</param>
/// <param name="SubEventType">Sub-event type (corrected when reviewed).</param>
/// <param name="Date">Date.</param>
/// <param name="PlaceName">Place name.</param>
/// <param name="Admin1">Admin-1 region.</param>
/// <param name="Lat">Latitude, rounded to 5 decimals (about a metre).</param>
/// <param name="Lon">Longitude, rounded to 5 decimals.</param>
/// <param name="KilledBest">Killed, best estimate.</param>
/// <param name="InjuredBest">Injured, best estimate.</param>
/// <param name="Reviews">confirmed, corrected or rejected, keyed "documentId/eventId", for reviewed events only.</param>
public sealed record MapColumns(
    IReadOnlyList<string> Documents, IReadOnlyList<int> Document, IReadOnlyList<string> EventId, IReadOnlyList<string> Category,
    IReadOnlyList<string?> SubEventType, IReadOnlyList<string?> Date, IReadOnlyList<string?> PlaceName, IReadOnlyList<string?> Admin1,
    IReadOnlyList<double?> Lat, IReadOnlyList<double?> Lon, IReadOnlyList<int?> KilledBest, IReadOnlyList<int?> InjuredBest,
    IReadOnlyDictionary<string, string> Reviews)
{
    /// <summary>The columns of <paramref name="events"/>.</summary>
    public static MapColumns Of(IEnumerable<EventRow> events, IReadOnlyDictionary<string, string> reviews)
    {
        ArgumentNullException.ThrowIfNull(events);
        var documents = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var c = new MapColumns(documents, new List<int>(), new List<string>(), new List<string>(), new List<string?>(), new List<string?>(),
            new List<string?>(), new List<string?>(), new List<double?>(), new List<double?>(), new List<int?>(), new List<int?>(), reviews);
        foreach (var e in events)
        {
            if (!index.TryGetValue(e.DocumentId, out var d))
            {
                index[e.DocumentId] = d = documents.Count;
                documents.Add(e.DocumentId);
            }

            ((List<int>)c.Document).Add(d);
            ((List<string>)c.EventId).Add(e.EventId);
            ((List<string>)c.Category).Add(e.Category);
            ((List<string?>)c.SubEventType).Add(e.SubEventType);
            ((List<string?>)c.Date).Add(e.Date);
            ((List<string?>)c.PlaceName).Add(e.PlaceName);
            ((List<string?>)c.Admin1).Add(e.Admin1);
            ((List<double?>)c.Lat).Add(e.Lat is { } lat ? Math.Round(lat, 5) : null);
            ((List<double?>)c.Lon).Add(e.Lon is { } lon ? Math.Round(lon, 5) : null);
            ((List<int?>)c.KilledBest).Add(e.KilledBest);
            ((List<int?>)c.InjuredBest).Add(e.InjuredBest);
        }

        return c;
    }
}
