using Sitrep.Corpus.Readers;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Corpus.Tests;

/// <summary>Builds documents and reports by hand (text written for these tests), so store tests do not depend on what the engine extracts today.</summary>
internal static class Reports
{
    public static SourceDocument Document(string text, string source = "test.txt", string? published = "2026-03-14", string? title = null, string? url = null) =>
        new() { Text = text, Source = source, Title = title, Url = url, Published = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>A report for a strike: "ACTOR struck PLACE ... killing N".</summary>
    public static (SourceDocument Document, Report Report) Strike(
        string place, int? killed, string date = "2026-03-13", string published = "2026-03-14", string actor = "Russian forces",
        double lat = 46.48, double lon = 30.73, string country = "UA", string admin1 = "Odesa Oblast", string subEventType = "Air/drone strike",
        int? injured = null, string kind = "city", string? extra = null)
    {
        var text = $"{actor} struck {place} overnight with drones, killing {killed} people and injuring {injured}, officials said. {extra}".Trim();
        var document = Document(text, source: $"{place}-{killed}-{published}-{extra}.txt", published: published, title: $"Strike on {place}", url: $"https://news.example/{Guid.NewGuid():N}");
        var actorStart = 0;
        var placeStart = text.IndexOf(place, StringComparison.Ordinal);
        var report = new Report
        {
            Document = new DocumentBlock { Id = DocumentId.Of(text), Source = document.Source, Title = document.Title, Published = published, Length = text.Length },
            Entities = [new EntityRecord { Id = "E1", Type = EntityType.Organization, Name = actor, Affiliation = "RU", Mentions = [new TextSpan(actorStart, actor.Length)] }],
            Places = [new PlaceRecord { Id = "P1", Name = place, Kind = kind == "city" ? PlaceKind.City : PlaceKind.Admin1, Country = country, Admin1 = admin1, Lat = lat, Lon = lon, Mentions = [new TextSpan(placeStart, placeStart + place.Length)] }],
            Quotes = [new QuoteRecord { Id = "Q1", Kind = QuoteKind.Indirect, Content = new TextSpan(0, text.IndexOf(", officials", StringComparison.Ordinal)), Source = new TextSpan(text.IndexOf("officials", StringComparison.Ordinal), text.IndexOf("officials", StringComparison.Ordinal) + 9), Confidence = 0.8 }],
            Events =
            [
                new EventRecord
                {
                    Id = "V1", Category = EventCategory.Violence, EventType = "Explosions/Remote violence", SubEventType = subEventType,
                    Actors = ["E1"], Weapon = WeaponClass.Drone, TargetType = Sitrep.Reporting.TargetType.Residential,
                    Munitions = new Munitions(12, 9), Place = "P1", Date = date, DatePrecision = DatePrecision.Day,
                    Killed = killed is { } k ? new Casualties(k, k, k) : null, Injured = injured is { } i ? new Casualties(i, i, i) : null,
                    Confidence = 0.9, Evidence = [new Evidence("place", placeStart, placeStart + place.Length)],
                },
            ],
        };
        return (document, report);
    }
}
