using System.Net;
using System.Text.Json;
using Sitrep.Corpus.Exports;

namespace Sitrep.Server.Tests;

public sealed class WriteApiTests : IDisposable
{
    private readonly ServerFactory server = new();

    public void Dispose() => server.Dispose();

    private static string ReviewUrl(string text) => $"/api/reviews/{Uri.EscapeDataString(TestCorpus.IdOf(text))}/V1";

    [Fact]
    public async Task Refuses_reviews_without_the_right_bearer_token()
    {
        var anonymous = server.CreateClient();
        using var none = await anonymous.PostJson(ReviewUrl(TestCorpus.Odesa), new { action = "confirm", reviewer = "ana" });
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        anonymous.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "wrong");
        using var wrong = await anonymous.PostJson(ReviewUrl(TestCorpus.Odesa), new { action = "confirm", reviewer = "ana" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Empty(await anonymous.GetJson("/api/reviews").ContinueWith(t => t.Result.Items(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Refuses_every_write_when_the_server_has_no_token()
    {
        using var closed = new ServerFactory(token: null);
        var client = closed.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "");
        using var review = await client.PostJson(ReviewUrl(TestCorpus.Odesa), new { action = "confirm", reviewer = "ana" });
        Assert.Equal(HttpStatusCode.Forbidden, review.StatusCode);
        using var ingest = await client.PostJson("/api/documents", new { text = "Protesters gathered outside the parliament in Chisinau on Sunday, police said." });
        Assert.Equal(HttpStatusCode.Forbidden, ingest.StatusCode);
    }

    [Fact]
    public async Task A_correction_is_recorded_with_who_when_what_and_changes_events_and_export()
    {
        var writer = server.Writer();
        var before = Fatalities(await writer.Text("/api/export/acled.csv"), TestCorpus.Kharkiv1);
        using var response = await writer.PostJson(ReviewUrl(TestCorpus.Kharkiv1), new { action = "correct", reviewer = "ana", field = "killed", value = "6", note = "hospital update" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var trail = (await writer.GetJson($"/api/reviews?documentId={Uri.EscapeDataString(TestCorpus.IdOf(TestCorpus.Kharkiv1))}&eventId=V1")).Items();
        var entry = Assert.Single(trail);
        Assert.Equal(("ana", "correct", "killed", "4", "6"), (entry.Str("reviewer"), entry.Str("action"), entry.Str("field"), entry.Str("oldValue"), entry.Str("newValue")));
        Assert.InRange(entry.GetProperty("at").GetInt64(), DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

        var events = await writer.GetJson("/api/events?admin1=Kharkiv%20Oblast");
        var corrected = events.GetProperty("events").Items().Single(e => e.Str("documentId") == TestCorpus.IdOf(TestCorpus.Kharkiv1));
        Assert.Equal(6, corrected.GetProperty("killedBest").GetInt32());
        Assert.Equal("corrected", events.GetProperty("reviews").GetProperty(TestCorpus.IdOf(TestCorpus.Kharkiv1) + "/V1").GetString());
        Assert.Equal((4, 6), (before, Fatalities(await writer.Text("/api/export/acled.csv"), TestCorpus.Kharkiv1)));
    }

    [Fact]
    public async Task A_rejected_event_leaves_the_export_but_stays_visible_with_its_status()
    {
        var writer = server.Writer();
        using var response = await writer.PostJson(ReviewUrl(TestCorpus.Odesa), new { action = "reject", reviewer = "ben", note = "duplicate" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = AcledCsv.Read(new StringReader(await writer.Text("/api/export/acled.csv")));
        Assert.DoesNotContain(rows, r => r.Location == "Odesa");
        Assert.Equal(3, rows.Count);
        Assert.Equal(4, (await writer.GetJson("/api/events")).GetProperty("events").GetArrayLength());
        Assert.Equal(3, (await writer.GetJson("/api/events?rejected=false")).GetProperty("events").GetArrayLength());
    }

    [Theory]
    [InlineData("approve", null, null)]
    [InlineData("correct", "colour", "red")]
    [InlineData("correct", "killed", "-3")]
    [InlineData("correct", "date", "March 3")]
    public async Task Rejects_malformed_reviews(string action, string? field, string? value)
    {
        using var response = await server.Writer().PostJson(ReviewUrl(TestCorpus.Odesa), new { action, reviewer = "ana", field, value });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var unknown = await server.Writer().PostJson("/api/reviews/sha256:none/V1", new { action = "confirm", reviewer = "ana" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Ingests_text_once_and_reingest_never_overwrites_reviews()
    {
        var writer = server.Writer();
        using var review = await writer.PostJson(ReviewUrl(TestCorpus.Kharkiv2), new { action = "correct", reviewer = "ana", field = "killed", value = "7" });
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);

        const string article = "Protesters gathered outside the parliament in Chisinau on Sunday to demand lower energy prices, police said.";
        var first = await Ingest(writer, article);
        Assert.Equal(("New", TestCorpus.IdOf(article)), (first.Str("outcome"), first.Str("id")));
        Assert.Equal("Unchanged", (await Ingest(writer, article)).Str("outcome"));
        Assert.Equal("Unchanged", (await Ingest(writer, TestCorpus.Kharkiv2)).Str("outcome"));

        var doc = await writer.GetJson("/api/documents/" + Uri.EscapeDataString(TestCorpus.IdOf(article)));
        Assert.Equal(article, doc.Str("text"));
        Assert.Equal(7, Fatalities(await writer.Text("/api/export/acled.csv"), TestCorpus.Kharkiv2));
    }

    [Fact]
    public async Task Ingests_html_extracting_the_article()
    {
        const string html = "<html><head><title>Port strike</title></head><body><nav>Home | World</nav><article><h1>Port strike</h1>" +
            "<p>A missile hit a grain terminal in the port of Izmail on Tuesday night, damaging two warehouses, the regional administration said on Wednesday morning.</p></article></body></html>";
        using var content = new StringContent(html, System.Text.Encoding.UTF8, "text/html");
        using var response = await server.Writer().PostAsync(new Uri("/api/documents?published=2026-03-04", UriKind.Relative), content, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Str("id");
        var doc = await server.CreateClient().GetJson("/api/documents/" + Uri.EscapeDataString(id));
        Assert.Contains("grain terminal in the port of Izmail", doc.Str("text"), StringComparison.Ordinal);
        Assert.DoesNotContain("Home | World", doc.Str("text"), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> Ingest(HttpClient writer, string text)
    {
        using var response = await writer.PostJson("/api/documents", new { text, title = "t", published = "2026-03-05" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    private static int Fatalities(string csv, string article)
    {
        var id = TestCorpus.IdOf(article).Replace("sha256:", "", StringComparison.Ordinal)[..12];
        return AcledCsv.Read(new StringReader(csv)).Single(r => r.EventIdCnty.Contains(id, StringComparison.Ordinal)).Fatalities;
    }
}
