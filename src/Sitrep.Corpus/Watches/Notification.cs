using System.Text.Json.Serialization;

namespace Sitrep.Corpus.Watches;

/// <summary>
/// What a watch tells (schema <c>sitrep.notification/1</c>): the webhook body, the e-mail's content and an
/// Atom entry. <see cref="Key"/> is the idempotency key: one per notification, the same on every channel
/// and every delivery attempt.
/// </summary>
/// <param name="Schema">Always <c>sitrep.notification/1</c>.</param>
/// <param name="Key">Idempotency key.</param>
/// <param name="Watch">The watch's name.</param>
/// <param name="Kind"><c>new</c> (an incident first matched) or <c>revised</c> (a matched incident changed).</param>
/// <param name="Changes">What changed, in words (empty for new incidents).</param>
/// <param name="Created">When it was made (ISO 8601, UTC).</param>
/// <param name="Incident">The incident now.</param>
public sealed record Notification(string Schema, string Key, string Watch, string Kind, IReadOnlyList<string> Changes, string Created, NotifiedIncident Incident)
{
    /// <summary>The schema name.</summary>
    public const string SchemaName = "sitrep.notification/1";

    /// <summary>One line for listings, mail subjects and feed titles.</summary>
    public string Summary =>
        $"{(Kind == NotificationKinds.New ? "New" : "Revised")}: {Incident.SubEventType} in {Incident.Place ?? "an unknown place"} on {Incident.Date}"
        + (Incident.KilledBest is { } k ? $", {k} killed" : "") + (Incident.InjuredBest is { } i ? $", {i} injured" : "")
        + (Changes.Count > 0 ? " (" + string.Join("; ", Changes) + ")" : "");
}

/// <summary>The two kinds of notification.</summary>
public static class NotificationKinds
{
    /// <summary>An incident matched the watch for the first time.</summary>
    public const string New = "new";
    /// <summary>An incident the watch told about changed: a toll, a disagreeing source, a review.</summary>
    public const string Revised = "revised";
}

/// <summary>An incident as notified.</summary>
/// <param name="Key">The watch's key for the incident (stable across its revisions).</param>
/// <param name="SubEventType">ACLED sub-event type.</param>
/// <param name="Date">Earliest date, yyyy-MM-dd.</param>
/// <param name="Place">Place name.</param>
/// <param name="Country">ISO alpha-2 country.</param>
/// <param name="Admin1">Admin-1 region.</param>
/// <param name="Lat">Latitude.</param>
/// <param name="Lon">Longitude.</param>
/// <param name="KilledBest">Best estimate of killed.</param>
/// <param name="KilledMax">Highest killed any source gave.</param>
/// <param name="InjuredBest">Best estimate of injured.</param>
/// <param name="InjuredMax">Highest injured any source gave.</param>
/// <param name="Conflict">Figures the sources disagree on, or null.</param>
/// <param name="Sources">Each source's figures and evidence, oldest first.</param>
public sealed record NotifiedIncident(
    string Key, string SubEventType, string Date, string? Place, string? Country, string? Admin1, double? Lat, double? Lon,
    int? KilledBest, int? KilledMax, int? InjuredBest, int? InjuredMax, string? Conflict, IReadOnlyList<NotifiedSource> Sources);

/// <summary>One source of a notified incident.</summary>
/// <param name="DocumentId">Document id.</param>
/// <param name="EventId">Event id in the document's report.</param>
/// <param name="Url">URL or source path.</param>
/// <param name="Title">Title.</param>
/// <param name="Published">Publication date.</param>
/// <param name="Killed">Killed as this source reported it.</param>
/// <param name="Injured">Injured as this source reported it.</param>
/// <param name="Actors">Actor names.</param>
/// <param name="Link">Path of the document (text, report and review trail) on <c>sitrep serve</c>.</param>
/// <param name="Evidence">The spans supporting the event's fields, with their text.</param>
public sealed record NotifiedSource(
    string DocumentId, string EventId, string? Url, string? Title, string? Published, int? Killed, int? Injured, string? Actors,
    string Link, IReadOnlyList<NotifiedEvidence> Evidence);

/// <summary>One evidence span of a notified source.</summary>
/// <param name="Field">The field it supports.</param>
/// <param name="Start">Start offset (UTF-16), in the document text.</param>
/// <param name="End">End offset, exclusive.</param>
/// <param name="Text">The text of the span (cut at 300 characters).</param>
public sealed record NotifiedEvidence(string Field, int Start, int End, string Text);

/// <summary>Source-generated JSON for notifications (camelCase, like the report contract).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Notification))]
public sealed partial class WatchJsonContext : JsonSerializerContext;
