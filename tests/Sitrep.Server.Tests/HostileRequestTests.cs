using System.Net;
using System.Text;
using System.Text.Json;
using Sitrep.Corpus.Exports;

namespace Sitrep.Server.Tests;

/// <summary>Requests a hostile client would send: bad query values, rebound host names, undecodable bodies, formulas.</summary>
public sealed class HostileRequestTests : IDisposable
{
    private readonly ServerFactory server = new();

    public void Dispose() => server.Dispose();

    public static TheoryData<string> Endpoints => new(
        "/api/documents", "/api/events", "/api/events/map", "/api/incidents", "/api/quotes", "/api/entities",
        "/api/stats", "/api/export/acled.csv", "/api/export/events.geojson", "/api/search?q=Kharkiv&");

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_list_endpoint_refuses_a_bad_date_or_limit_naming_the_parameter(string endpoint)
    {
        var client = server.CreateClient();
        var join = endpoint.Contains('?', StringComparison.Ordinal) ? "" : "?";
        foreach (var (query, parameter) in new[] { ("from=2026-13-45", "from"), ("to=2026-02-30", "to"), ("limit=abc", "limit"), ("limit=0", "limit"), ("limit=-1", "limit") })
        {
            if (endpoint.StartsWith("/api/search", StringComparison.Ordinal) && parameter != "limit")
            {
                continue; // search takes no dates
            }

            using var response = await client.GetAsync(new Uri(endpoint + join + query, UriKind.Relative), TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{endpoint}{join}{query}: {(int)response.StatusCode}");
            Assert.Contains($"'{parameter}'", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    public async Task A_like_wildcard_in_a_filter_matches_only_itself(string actor)
    {
        var events = (await server.CreateClient().GetJson("/api/events?actor=" + Uri.EscapeDataString(actor))).GetProperty("events").Items();
        Assert.All(events, e => Assert.Contains(actor, e.Str("actors") + e.Str("targets"), StringComparison.Ordinal));
        Assert.True(events.Count < 3, $"{events.Count} events matched '{actor}'");
        Assert.NotEmpty((await server.CreateClient().GetJson("/api/events?actor=Russia")).GetProperty("events").Items());
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.MisdirectedRequest)]
    [InlineData("evil.example:5080", HttpStatusCode.MisdirectedRequest)]
    [InlineData("localhost:5080", HttpStatusCode.OK)]
    [InlineData("127.0.0.1:5080", HttpStatusCode.OK)]
    [InlineData("[::1]:5080", HttpStatusCode.OK)]
    public async Task Only_loopback_names_and_addresses_are_served_against_dns_rebinding(string host, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/events", UriKind.Relative));
        request.Headers.Host = host;
        using var response = await server.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_host_named_by_the_allowed_hosts_option_is_served()
    {
        using var factory = new ServerFactory();
        using var open = factory.WithWebHostBuilder(b => b.UseSetting(ServerOptions.AllowedHosts, "sitrep.internal"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/events", UriKind.Relative));
        request.Headers.Host = "sitrep.internal";
        using var response = await open.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string, byte[], string> Undecodable => new()
    {
        { "text/plain", [0x9F, 0x00, 0xFF, 0x13, 0xC3, 0x28, 0x80, 0xFE, 0x41, 0x42], "binary" },
        { "text/plain", Encoding.Latin1.GetBytes("Les forces ont frappé le dépôt de Kharkiv lundi, a déclaré le gouverneur de la région."), "not valid UTF-8" },
        { "text/html", Encoding.Latin1.GetBytes("<html><body><p>Les forces ont frappé le dépôt de Kharkiv lundi, a déclaré le gouverneur.</p></body></html>"), "not valid UTF-8" },
        { "application/json", Encoding.UTF8.GetBytes("{\"text\":\"Shelling hit a school in Sumy on Monday.\\u0000 Two teachers were injured, officials said.\"}"), "NUL" },
        { "application/json", Encoding.UTF8.GetBytes("{\"text\":\"Shelling hit a school in Sumy \\ud800 on Monday, officials said.\"}"), "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(Undecodable))]
    public async Task A_post_is_decoded_by_the_same_policy_as_files_and_bad_bytes_are_refused(string type, byte[] body, string reason)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        using var response = await server.Writer().PostAsync(new Uri("/api/documents", UriKind.Relative), content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.Contains(reason, text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(4, (await server.CreateClient().GetJson("/api/documents")).Items().Count);
    }

    [Fact]
    public async Task A_posted_url_is_kept_as_the_url_and_the_document_view_counts_what_the_list_counts()
    {
        const string article = "Russian shelling damaged a power station in Kherson on Monday, injuring two workers, regional governor Oleksandr Prokudin said. \"The workers are in hospital,\" Prokudin said.";
        using var response = await server.Writer().PostJson("/api/documents", new { text = article, url = "https://news.example/kherson-power", published = "2026-03-02" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = TestCorpus.IdOf(article);
        var listed = (await server.CreateClient().GetJson("/api/documents")).Items().Single(d => d.Str("id") == id);
        var view = (await server.CreateClient().GetJson("/api/documents/" + Uri.EscapeDataString(id))).GetProperty("document");
        Assert.Equal("https://news.example/kherson-power", view.Str("url"));
        Assert.Equal(listed.GetProperty("events").GetInt32(), view.GetProperty("events").GetInt32());
        Assert.Equal(listed.GetProperty("quotes").GetInt32(), view.GetProperty("quotes").GetInt32());
        Assert.True(view.GetProperty("events").GetInt32() > 0);
    }

    [Fact]
    public async Task A_source_that_is_a_spreadsheet_formula_is_neutralised_in_the_csv_export()
    {
        const string article = "A drone hit a fuel depot in Belgorod on Sunday, injuring one guard, the regional governor said.";
        using var response = await server.Writer().PostJson("/api/documents", new { text = article, url = "=HYPERLINK(\"http://evil.example\",\"Open\")", published = "2026-03-01" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = AcledCsv.Read(new StringReader(await server.CreateClient().Text("/api/export/acled.csv")));
        var prefix = TestCorpus.IdOf(article).Replace("sha256:", "", StringComparison.Ordinal)[..12];
        var row = rows.First(r => r.EventIdCnty.Contains(prefix, StringComparison.Ordinal));
        Assert.StartsWith("'=HYPERLINK", row.SourceUrl, StringComparison.Ordinal);
    }
}
