using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Tests.Store;

/// <summary>The map's hand-read points carry the same values as the full event rows, on both backends.</summary>
public sealed class EventPointsTests
{
    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Points_match_the_full_rows_field_by_field_in_the_same_order(string backend)
    {
        using var test = TestStore.Open(backend);
        var (a, ra) = Reports.Strike("Vylkove", 3, date: "2026-03-12", injured: 5, lat: 45.4, lon: 29.59);
        var (b, rb) = Reports.Strike("Izmail", null, date: "2026-03-11", subEventType: "Shelling/artillery/missile attack", lat: 45.35, lon: 28.84);
        test.Store.Save(a, ra);
        test.Store.Save(b, rb);

        var filter = new CorpusFilter { Admin1 = "odesa oblast" };
        var full = test.Store.Events(filter).Select(Key).ToList();
        var points = test.Store.EventPoints(filter).Select(Key).ToList();
        Assert.Equal(2, points.Count);
        Assert.Equal(full, points);
        Assert.Equal(("Izmail", null, null), (points[0].PlaceName, points[0].KilledBest, points[0].InjuredBest));
        Assert.Equal(("Vylkove", 3, 5), (points[1].PlaceName, points[1].KilledBest, points[1].InjuredBest));
    }

    private sealed record Point(string DocumentId, string EventId, string Category, string? EventType, string? SubEventType, string? Date, string? PlaceName,
        string? Country, string? Admin1, double? Lat, double? Lon, int? KilledMin, int? KilledBest, int? KilledMax, int? InjuredMin, int? InjuredBest, int? InjuredMax);

    private static Point Key(EventRow e) =>
        new(e.DocumentId, e.EventId, e.Category, e.EventType, e.SubEventType, e.Date, e.PlaceName, e.Country, e.Admin1, e.Lat, e.Lon,
            e.KilledMin, e.KilledBest, e.KilledMax, e.InjuredMin, e.InjuredBest, e.InjuredMax);
}
