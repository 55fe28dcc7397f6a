using System.Text.Json;
using Sitrep.Corpus.Incidents;
using Sitrep.Corpus.Ingest;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Tests.Incidents;

/// <summary>Linking events from different documents into incidents.</summary>
public sealed class IncidentTests
{
    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Two_reports_of_one_strike_link_and_their_differing_tolls_are_flagged(string backend)
    {
        using var test = TestStore.Open(backend);
        var early = Reports.Strike("Vylkove", 4, date: "2026-03-13", published: "2026-03-13", injured: 7);
        var late = Reports.Strike("Vylkove", 5, date: "2026-03-13", published: "2026-03-14", injured: 7, lat: 46.49, lon: 30.75);
        var elsewhere = Reports.Strike("Kherson", 2, date: "2026-03-13", lat: 46.63, lon: 32.61);
        foreach (var (d, r) in new[] { early, late, elsewhere })
        {
            test.Store.Save(d, r);
        }

        Assert.Equal(1, Ingestor.Relink(test.Store));

        var incident = Assert.Single(test.Store.Incidents(CorpusFilter.None));
        Assert.Equal((5, 5, "killed", 2), (incident.KilledBest, incident.KilledMax, incident.Conflict, incident.Sources));
        Assert.Equal(7, incident.InjuredBest);
        var figures = JsonSerializer.Deserialize(incident.Figures, CorpusJsonContext.Default.ListSourceFigures)!;
        Assert.Equal([4, 5], figures.Select(f => f.Killed));
        var linked = test.Store.Events(CorpusFilter.None).Where(e => e.IncidentId == incident.Id).Select(e => e.PlaceName).ToList();
        Assert.Equal(["Vylkove", "Vylkove"], linked);

        Ingestor.Relink(test.Store);
        Assert.Equal(incident.Id, Assert.Single(test.Store.Incidents(CorpusFilter.None)).Id);
    }

    [Fact]
    public void Events_two_days_apart_or_of_another_type_or_actor_do_not_link()
    {
        var linker = new IncidentLinker();
        var baseEvent = Row("d1", "2026-03-13");
        Assert.Single(linker.Link([baseEvent, Row("d2", "2026-03-14")]));
        Assert.Empty(linker.Link([baseEvent, Row("d2", "2026-03-15")]));
        Assert.Empty(linker.Link([baseEvent, Row("d2", "2026-03-13", subEventType: "Shelling/artillery/missile attack")]));
        Assert.Empty(linker.Link([baseEvent, Row("d2", "2026-03-13", actors: "Ukrainian forces")]));
        Assert.Single(linker.Link([baseEvent, Row("d2", "2026-03-13", actors: null)]));
        Assert.Empty(linker.Link([baseEvent, Row("d1", "2026-03-13", eventId: "V2")]));
        Assert.Empty(linker.Link([baseEvent, Row("d2", "2026-03-13", lat: 47.5)]));
    }

    [Fact]
    public void Places_without_coordinates_link_by_name_and_country_but_regions_never_do()
    {
        var linker = new IncidentLinker();
        Assert.Single(linker.Link([Row("d1", "2026-03-13", lat: null), Row("d2", "2026-03-13", lat: null)]));
        Assert.Empty(linker.Link([Row("d1", "2026-03-13", kind: "admin1"), Row("d2", "2026-03-13", kind: "admin1")]));
    }

    [Fact]
    public void Linking_is_independent_of_input_order()
    {
        var rows = new[] { Row("d3", "2026-03-14"), Row("d1", "2026-03-13"), Row("d2", "2026-03-12"), Row("d4", "2026-03-20") };
        var forward = new IncidentLinker().Link(rows);
        var backward = new IncidentLinker().Link(rows.Reverse());
        Assert.Equal(forward.Select(i => (i.Row.Id, i.Row.Figures)), backward.Select(i => (i.Row.Id, i.Row.Figures)));
        Assert.Equal(3, Assert.Single(forward).Row.Sources);
    }

    [Fact]
    public void Best_estimate_takes_the_latest_source_and_the_lowest_among_ties()
    {
        SourceFigures F(string published, int? killed) => new("d" + published + killed, "V1", null, published, killed, null);
        var estimate = BestEstimate.Of([F("2026-03-13", 9), F("2026-03-14", 6), F("2026-03-14", 7)], f => f.Killed, []);
        Assert.Equal(new BestEstimate(6, 9, true), estimate);
        Assert.Equal(new BestEstimate(3, 3, false), BestEstimate.Of([F("2026-03-13", 3), F("2026-03-14", null)], f => f.Killed, []));
    }

    private static EventRow Row(string doc, string date, string subEventType = "Air/drone strike", string? actors = "Russian forces",
        string eventId = "V1", double? lat = 46.48, string kind = "city") => new()
    {
        DocumentId = doc, EventId = eventId, Category = "violence", Scope = "incident", SubEventType = subEventType, Actors = actors,
        PlaceName = "Vylkove", PlaceKind = kind, Country = "UA", Lat = lat, Lon = lat is null ? null : 29.6, Date = date, DatePrecision = "day",
        KilledBest = 1, Published = date,
    };
}
