using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Sitrep.Corpus.Readers;
using Sitrep.Corpus.Review;
using Sitrep.Corpus.Store.Sqlite;
using Sitrep.Reporting;
using Sitrep.Server.Api;
using Sitrep.Text;

namespace Sitrep.Server.Tests;

/// <summary>The event endpoints are cached until the store version moves: every ingest and review, from any process.</summary>
public sealed class EventCacheTests : IDisposable
{
    private const string Kherson = "Artillery fire hit a bus station in Kherson on Friday, killing two people, the city administration said.";

    private readonly ServerFactory server = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public void Builds_a_body_once_per_store_version()
    {
        using var store = new SqliteCorpusStore(server.Corpus.Db);
        var cache = new ResponseCache(store, Options.Create(new JsonOptions()));
        var builds = 0;
        byte[] Build() => [(byte)++builds];
        Assert.Equal([1], cache.Get("/api/events", Build));
        Assert.Equal([1], cache.Get("/api/events", Build));
        Assert.Equal([2], cache.Get("/api/events?admin1=x", Build));

        store.AddReview(new ReviewEntry { DocumentId = TestCorpus.IdOf(TestCorpus.Odesa), EventId = "V1", Action = ReviewActions.Confirm, Reviewer = "ana", At = 1 });
        Assert.Equal([3], cache.Get("/api/events", Build));
        Assert.Equal([3], cache.Get("/api/events", Build));
    }

    [Fact]
    public async Task A_review_through_the_api_shows_in_the_next_event_list_and_map()
    {
        var writer = server.Writer();
        var id = TestCorpus.IdOf(TestCorpus.Kharkiv1);
        Assert.Equal(4, KilledOf(await writer.GetJson("/api/events"), id));
        Assert.Equal(4, MapRows(await writer.GetJson("/api/events/map")).Single(e => e.DocumentId == id).Killed);

        using var response = await writer.PostJson($"/api/reviews/{Uri.EscapeDataString(id)}/V1", new { action = "correct", reviewer = "ana", field = "killed", value = "6" });
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(6, KilledOf(await writer.GetJson("/api/events"), id));
        var map = await writer.GetJson("/api/events/map");
        Assert.Equal(6, MapRows(map).Single(e => e.DocumentId == id).Killed);
        Assert.Equal("corrected", map.GetProperty("reviews").GetProperty(id + "/V1").GetString());
    }

    [Fact]
    public async Task A_document_saved_by_another_process_shows_in_the_next_event_list_and_map()
    {
        var client = server.CreateClient();
        Assert.Equal(4, (await client.GetJson("/api/events")).GetProperty("events").GetArrayLength());
        Assert.Equal(4, MapRows(await client.GetJson("/api/events/map")).Count);

        // A second store over the same file, with its own connections, stands for `sitrep ingest` running elsewhere.
        using (var other = new SqliteCorpusStore(server.Corpus.Db))
        {
            other.Save(new SourceDocument { Text = Kherson, Source = "kherson.txt" }, new Report
            {
                Document = new DocumentBlock { Id = DocumentId.Of(Kherson), Source = "kherson.txt", Length = Kherson.Length },
                Events = [new EventRecord { Id = "V1", Category = EventCategory.Violence, SubEventType = "Shelling/artillery/missile attack", Date = "2026-03-06", Killed = new Casualties(2, 2, 2), Confidence = 0.8 }],
            });
        }

        Assert.Equal(5, (await client.GetJson("/api/events")).GetProperty("events").GetArrayLength());
        var added = MapRows(await client.GetJson("/api/events/map")).Single(e => e.DocumentId == DocumentId.Of(Kherson));
        Assert.Equal(("V1", "Shelling/artillery/missile attack", "2026-03-06", 2), (added.EventId, added.SubEventType, added.Date, added.Killed));
    }

    [Fact]
    public async Task The_map_sends_each_text_value_once_and_every_event_s_fields_by_index()
    {
        var map = await server.CreateClient().GetJson("/api/events/map?admin1=Kharkiv%20Oblast");
        var strings = map.GetProperty("strings").Items().Select(s => s.GetString()).ToList();
        Assert.Equal(strings.Count, strings.Distinct(StringComparer.Ordinal).Count());
        var rows = MapRows(map);
        string[] kharkiv = [TestCorpus.IdOf(TestCorpus.Kharkiv1), TestCorpus.IdOf(TestCorpus.Kharkiv2)];
        Assert.Equal(kharkiv.Order(StringComparer.Ordinal), rows.Select(r => r.DocumentId!).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(("V1", "Air/drone strike", "2026-03-02", "Kharkiv", "Kharkiv Oblast"), (r.EventId, r.SubEventType, r.Date, r.Place, r.Admin1)));
        Assert.Equal([4, 5], rows.Select(r => r.Killed!.Value).Order());
        Assert.Equal((49.99, 36.23), rows.Where(r => r.Killed == 4).Select(r => (r.Lat, r.Lon)).Single());
    }

    private static int KilledOf(JsonElement list, string documentId) =>
        list.GetProperty("events").Items().Single(e => e.Str("documentId") == documentId).GetProperty("killedBest").GetInt32();

    private sealed record MapRow(string? DocumentId, string? EventId, string? SubEventType, string? Date, string? Place, string? Admin1, double? Lat, double? Lon, int? Killed);

    /// <summary>Decodes the columns as the UI does (app.js rows()).</summary>
    private static List<MapRow> MapRows(JsonElement map)
    {
        var strings = map.GetProperty("strings").Items().Select(s => s.GetString()).ToList();
        string? Text(string column, int i) => map.GetProperty(column)[i] is { ValueKind: JsonValueKind.Number } k ? strings[k.GetInt32()] : null;
        double? Number(string column, int i) => map.GetProperty(column)[i] is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : null;
        return Enumerable.Range(0, map.GetProperty("eventId").GetArrayLength())
            .Select(i => new MapRow(Text("document", i), Text("eventId", i), Text("subEventType", i), Text("date", i), Text("placeName", i), Text("admin1", i),
                Number("lat", i), Number("lon", i), (int?)Number("killedBest", i)))
            .ToList();
    }
}
