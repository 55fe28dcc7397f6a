using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sitrep.Corpus.Watches.Delivery;

/// <summary>A notification in plain text, for e-mail bodies and feed entries.</summary>
public static class NotificationText
{
    /// <summary>The text of the notification whose JSON is <paramref name="payload"/>.</summary>
    public static string Of(string payload)
    {
        var n = JsonSerializer.Deserialize(payload, WatchJsonContext.Default.Notification)
            ?? throw new JsonException("empty notification");
        var text = new StringBuilder();
        text.AppendLine(n.Summary);
        foreach (var change in n.Changes)
        {
            text.Append("  changed: ").AppendLine(change);
        }

        var i = n.Incident;
        text.AppendLine(CultureInfo.InvariantCulture, $"Place: {i.Place ?? "?"} ({i.Admin1 ?? "?"}, {i.Country ?? "?"}); date {i.Date}");
        var conflict = i.Conflict is null ? "" : "; sources disagree on " + i.Conflict;
        text.AppendLine(CultureInfo.InvariantCulture, $"Killed: {Figure(i.KilledBest)} (highest report {Figure(i.KilledMax)}); injured: {Figure(i.InjuredBest)} (highest report {Figure(i.InjuredMax)}){conflict}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Sources ({i.Sources.Count}):");
        foreach (var s in i.Sources)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {s.Published ?? "undated"} {s.Title ?? s.Url ?? s.DocumentId}: killed {Figure(s.Killed)}, injured {Figure(s.Injured)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {s.Url} (document {s.Link}, event {s.EventId})");
            foreach (var e in s.Evidence)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {e.Field} [{e.Start}-{e.End}]: \"{e.Text}\"");
            }
        }

        return text.ToString();
    }

    private static string Figure(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "not stated";
}
