using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Exports;

/// <summary>Writes events with coordinates as a GeoJSON FeatureCollection of Points (RFC 7946: [lon, lat]).</summary>
public static class GeoJsonExport
{
    /// <summary>
    /// Writes the collection; returns the number of features. Events without coordinates are left out
    /// before <paramref name="limit"/> counts, so a limit of 3 gives 3 features when 3 placed events exist:
    /// query the events without a limit and pass it here.
    /// </summary>
    public static int Write(IEnumerable<EventRow> events, Stream stream, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        var count = 0;
        foreach (var e in events)
        {
            if (count >= limit)
            {
                break;
            }

            if (e.Lat is not { } lat || e.Lon is not { } lon)
            {
                continue;
            }

            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", e.DocumentId + "#" + e.EventId);
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(lon);
            json.WriteNumberValue(lat);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            Properties(json, e);
            json.WriteEndObject();
            json.WriteEndObject();
            count++;
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return count;
    }

    private static void Properties(Utf8JsonWriter json, EventRow e)
    {
        json.WriteString("documentId", e.DocumentId);
        json.WriteString("eventId", e.EventId);
        json.WriteString("category", e.Category);
        json.WriteString("eventType", e.EventType);
        json.WriteString("subEventType", e.SubEventType);
        json.WriteString("date", e.Date);
        json.WriteString("place", e.PlaceName);
        json.WriteString("country", e.Country);
        json.WriteString("admin1", e.Admin1);
        json.WriteString("actors", e.Actors);
        json.WriteString("targets", e.Targets);
        json.WriteString("targetType", e.TargetType);
        json.WriteString("weapon", e.Weapon);
        Number(json, "killed", e.KilledBest);
        Number(json, "injured", e.InjuredBest);
        json.WriteString("incidentId", e.IncidentId);
        json.WriteString("sourceUrl", e.SourceUrl);
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
