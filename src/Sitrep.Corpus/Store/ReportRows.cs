using System.Text.Json;
using Sitrep.Reporting;

namespace Sitrep.Corpus.Store;

/// <summary>Flattens a report into the rows the store keeps, resolving entity and place ids to names.</summary>
internal static class ReportRows
{
    public static IEnumerable<EntityRow> Entities(string documentId, Report report) =>
        report.Entities.Select(e => new EntityRow
        {
            DocumentId = documentId, EntityId = e.Id, Type = ReportJson.NameOf(e.Type), Name = e.Name,
            Role = e.Role, Affiliation = e.Affiliation, Mentions = e.Mentions.Count,
        });

    public static IEnumerable<PlaceRow> Places(string documentId, Report report) =>
        report.Places.Select(p => new PlaceRow
        {
            DocumentId = documentId, PlaceId = p.Id, Name = p.Name, Kind = ReportJson.NameOf(p.Kind),
            Country = p.Country, Admin1 = p.Admin1, Lat = p.Lat, Lon = p.Lon, GeonamesId = p.GeonamesId,
        });

    public static IEnumerable<QuoteRow> Quotes(string documentId, Report report, string text)
    {
        var names = report.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        return report.Quotes.Select(q => new QuoteRow
        {
            DocumentId = documentId, QuoteId = q.Id, Kind = ReportJson.NameOf(q.Kind),
            Text = Slice(text, q.Content.Start, q.Content.End), StartOffset = q.Content.Start, EndOffset = q.Content.End,
            Cue = q.Cue is { } cue ? Slice(text, cue.Start, cue.End) : null,
            SpeakerId = q.Speaker,
            Speaker = q.Speaker is { } id && names.TryGetValue(id, out var name) ? name
                : q.Source is { } source ? Slice(text, source.Start, source.End) : null,
            Confidence = q.Confidence,
        });
    }

    public static IEnumerable<EventRow> Events(string documentId, Report report)
    {
        var names = report.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var places = report.Places.ToDictionary(p => p.Id, StringComparer.Ordinal);
        string? Names(IReadOnlyList<string> ids) =>
            ids.Count == 0 ? null : string.Join("; ", ids.Select(id => names.GetValueOrDefault(id, id)));
        foreach (var v in report.Events)
        {
            var place = v.Place is { } pid ? places.GetValueOrDefault(pid) : null;
            yield return new EventRow
            {
                DocumentId = documentId, EventId = v.Id, Category = ReportJson.NameOf(v.Category), Scope = ReportJson.NameOf(v.Scope),
                EventType = v.EventType, SubEventType = v.SubEventType, Plover = v.Plover,
                Actors = Names(v.Actors), Targets = Names(v.Targets),
                TargetType = v.TargetType is { } t ? ReportJson.NameOf(t) : null,
                Weapon = v.Weapon is { } w ? ReportJson.NameOf(w) : null,
                Launched = v.Munitions?.Launched, Intercepted = v.Munitions?.Intercepted,
                PlaceName = place?.Name, PlaceKind = place is null ? null : ReportJson.NameOf(place.Kind),
                Country = place?.Country, Admin1 = place?.Admin1, Lat = place?.Lat, Lon = place?.Lon, GeonamesId = place?.GeonamesId,
                Date = v.Date, DatePrecision = v.DatePrecision is { } d ? ReportJson.NameOf(d) : null,
                KilledMin = v.Killed?.Min, KilledBest = v.Killed?.Best, KilledMax = v.Killed?.Max,
                InjuredMin = v.Injured?.Min, InjuredBest = v.Injured?.Best, InjuredMax = v.Injured?.Max,
                Confidence = v.Confidence,
                Evidence = JsonSerializer.Serialize(v.Evidence.Select(e => new EvidenceSpan(e.Field, e.Start, e.End)).ToList(), CorpusJsonContext.Default.ListEvidenceSpan),
            };
        }
    }

    // Spans come from the engine; clamp so a bad span from a foreign report cannot throw mid-transaction.
    private static string Slice(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return text[start..end];
    }
}
