namespace Sitrep.Server.Tests;

public sealed class ReadApiTests : IDisposable
{
    private readonly ServerFactory server = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task Lists_events_and_narrows_them_with_the_cli_filters()
    {
        var client = server.CreateClient();
        Assert.Equal(4, (await client.GetJson("/api/events")).GetProperty("events").GetArrayLength());
        var kharkiv = (await client.GetJson("/api/events?admin1=kharkiv%20oblast")).GetProperty("events").Items();
        Assert.Equal(2, kharkiv.Count);
        Assert.All(kharkiv, e => Assert.Equal("Kharkiv", e.Str("placeName")));
        Assert.Single((await client.GetJson("/api/events?type=Air/drone%20strike&from=2026-03-01&to=2026-03-02&limit=1")).GetProperty("events").Items());
        Assert.Equal(2, (await client.GetJson("/api/events?type=Shelling/artillery/missile%20attack")).GetProperty("events").GetArrayLength());
        Assert.Equal(3, (await client.GetJson("/api/events?actor=russian")).GetProperty("events").GetArrayLength());
        Assert.Empty((await client.GetJson("/api/events?country=RU")).GetProperty("events").Items());
    }

    [Fact]
    public async Task Returns_one_document_with_its_text_and_full_report()
    {
        var client = server.CreateClient();
        var id = TestCorpus.IdOf(TestCorpus.Kharkiv1);
        var view = await client.GetJson("/api/documents/" + Uri.EscapeDataString(id));
        Assert.Equal(TestCorpus.Kharkiv1, view.Str("text"));
        var report = view.GetProperty("report");
        Assert.Equal("sitrep.report/1", report.Str("schema"));
        var killed = report.GetProperty("events")[0].GetProperty("evidence").Items().Single(e => e.Str("field") == "killed");
        Assert.Equal("four", TestCorpus.Kharkiv1[killed.GetProperty("start").GetInt32()..killed.GetProperty("end").GetInt32()]);
        Assert.Equal(4, (await client.GetJson("/api/documents")).GetArrayLength());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/documents/sha256:nope", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Counts_events_killed_and_injured_per_day_region_and_type()
    {
        var stats = await server.CreateClient().GetJson("/api/stats?from=2026-02-25");
        var day = stats.GetProperty("perDay").Items().Single(d => d.Str("key") == "2026-03-02");
        Assert.Equal((2, 9, 22), (day.GetProperty("events").GetInt32(), day.GetProperty("killed").GetInt32(), day.GetProperty("injured").GetInt32()));
        Assert.Equal(["Kharkiv Oblast", "Odesa Oblast"], stats.GetProperty("perAdmin1").Items().Select(k => k.Str("key")));
        Assert.Equal(2, stats.GetProperty("perSubEventType").GetArrayLength());
        Assert.Equal(4, stats.GetProperty("totals").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Finds_quotes_by_speaker_and_by_words_and_entities_and_documents()
    {
        var client = server.CreateClient();
        var bySpeaker = (await client.GetJson("/api/quotes?speaker=tkach")).Items();
        Assert.Equal("\"The silos were empty,\"", Assert.Single(bySpeaker).Str("text"));
        var byWords = (await client.GetJson("/api/quotes?q=sleeping")).Items();
        Assert.Equal("Marko Levytskyi", Assert.Single(byWords).Str("speaker"));
        Assert.Equal(2, (await client.GetJson("/api/entities?type=person")).GetArrayLength());
        Assert.Equal(TestCorpus.IdOf(TestCorpus.Odesa), Assert.Single((await client.GetJson("/api/search?q=silos")).Items()).Str("documentId"));
    }

    [Fact]
    public async Task Links_the_two_kharkiv_reports_into_one_incident_with_conflicting_figures()
    {
        var incidents = (await server.CreateClient().GetJson("/api/incidents?admin1=Kharkiv%20Oblast")).Items();
        var incident = Assert.Single(incidents);
        Assert.Equal(2, incident.GetProperty("sources").GetInt32());
        Assert.Equal("killed", incident.Str("conflict"));
    }

    [Fact]
    public async Task Publishes_an_openapi_document_naming_every_endpoint()
    {
        var doc = await server.CreateClient().GetJson("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/documents", "/api/documents/{id}", "/api/events", "/api/incidents", "/api/quotes", "/api/entities", "/api/search", "/api/stats", "/api/reviews/{documentId}/{eventId}", "/api/export/acled.csv" })
        {
            Assert.Contains(path, paths);
        }
    }
}
