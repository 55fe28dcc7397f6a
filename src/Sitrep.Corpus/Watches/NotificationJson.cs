using System.Text;
using System.Text.Json;

namespace Sitrep.Corpus.Watches;

/// <summary>
/// Writes a notification's JSON with its incident already serialized: the watches told about one incident share it
/// (sources, figures, evidence texts: most of the body), so it is serialized once per incident rather than once per
/// watch. The result is the bytes <see cref="WatchJsonContext"/> writes for the whole record (a test holds them equal,
/// and fails when a property is added to <see cref="Notification"/> but not here).
/// </summary>
internal static class NotificationJson
{
    private static readonly JsonEncodedText Schema = JsonEncodedText.Encode("schema");
    private static readonly JsonEncodedText Key = JsonEncodedText.Encode("key");
    private static readonly JsonEncodedText Watch = JsonEncodedText.Encode("watch");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Changes = JsonEncodedText.Encode("changes");
    private static readonly JsonEncodedText Created = JsonEncodedText.Encode("created");
    private static readonly JsonEncodedText Incident = JsonEncodedText.Encode("incident");
    private static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");

    /// <summary>The incident as the notification carries it.</summary>
    public static string OfIncident(NotifiedIncident incident) => JsonSerializer.Serialize(incident, WatchJsonContext.Default.NotifiedIncident);

    /// <summary>The notification's JSON, with <paramref name="incidentJson"/> (from <see cref="OfIncident"/>) as its incident.</summary>
    public static string Write(Notification notification, string incidentJson)
    {
        ArgumentNullException.ThrowIfNull(notification);
        using var buffer = new MemoryStream(incidentJson.Length + 512);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = WatchJsonContext.Default.Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString(Schema, notification.Schema);
            writer.WriteString(Key, notification.Key);
            writer.WriteString(Watch, notification.Watch);
            writer.WriteString(Kind, notification.Kind);
            writer.WritePropertyName(Changes);
            JsonSerializer.Serialize(writer, notification.Changes, WatchJsonContext.Default.IReadOnlyListString);
            writer.WriteString(Created, notification.Created);
            writer.WritePropertyName(Incident);
            writer.WriteRawValue(incidentJson, skipInputValidation: true);
            writer.WriteString(Summary, notification.Summary);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
