using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Cli.Tests.Feeds;

/// <summary>`sitrep ingest --feeds` and `sitrep feeds` against feeds served by an in-process Kestrel on 127.0.0.1.</summary>
public sealed class FeedCommandTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Harbour wire</title><link>http://wire.example/</link><description>Fixture feed</description>
        <item><title>Ferry service resumes</title><description>The ferry between Chornomorsk and Varna resumed on Thursday after a week of storms, the port authority said.</description></item>
        </channel></rss>
        """;

    private static async Task<WebApplication> StartFeedServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/harbour.xml", () => Results.Text(Rss, "application/rss+xml; charset=utf-8"));
        app.MapGet("/broken.xml", () => Results.StatusCode(503));
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    [Fact]
    public async Task Feeds_listed_in_a_file_are_polled_and_each_one_is_listed_with_its_outcome()
    {
        await using var app = await StartFeedServer();
        var root = app.Urls.First();
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "corpus.db");
        var list = folder.File("feeds.txt", $"# the morning wires\n{root}/harbour.xml\n\n{root}/broken.xml\n{root}/harbour.xml\n");

        var ingest = CliRun.Of("ingest", "--feeds", list, "--published", "2026-04-02", "--db", db);

        Assert.Equal(1, ingest.ExitCode); // the broken feed is a failure
        Assert.Contains($"sitrep: {root}/harbour.xml: 1 item, 1 new, 0 failed", ingest.Error, StringComparison.Ordinal);
        Assert.Contains($"sitrep: {root}/broken.xml: failed: feed returned HTTP 503", ingest.Error, StringComparison.Ordinal);
        var records = CliRun.Of("feeds", "--format", "json", "--db", db).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement).ToDictionary(r => r.GetProperty("url").GetString()!);
        Assert.Equal(2, records.Count);
        Assert.Equal(("ok", 1), (records[root + "/harbour.xml"].GetProperty("lastOutcome").GetString(), records[root + "/harbour.xml"].GetProperty("itemsStored").GetInt32()));
        Assert.Equal(("failed", 1), (records[root + "/broken.xml"].GetProperty("lastOutcome").GetString(), records[root + "/broken.xml"].GetProperty("errors").GetInt32()));
        var table = CliRun.Of("feeds", "--db", db).Output;
        Assert.Contains("Next poll", table, StringComparison.Ordinal);
        Assert.Contains("1 (1 new, 0 failed)", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_feed_lists_and_schedules_are_explained_in_one_line()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "corpus.db");
        var list = folder.File("feeds.txt", "https://wire.example/rss\n");
        var cases = new (string[] Args, string Message)[]
        {
            (["ingest", "--feeds", Path.Combine(folder.Path, "none.txt")], "--feeds: no such file"),
            (["ingest", "--feeds", folder.File("bad.txt", "https://wire.example/rss\nwire.example/atom\n")], "line 2: 'wire.example/atom' is not an http(s) feed address"),
            (["ingest", "--feeds", folder.File("empty.txt", "# nothing yet\n")], "no feed addresses in the file"),
            (["ingest", "--feeds", list, "--interval", "0"], "--interval must be more than 0 minutes"),
            (["ingest", "--feeds", list, "--concurrency", "0"], "--concurrency must be at least 1"),
            (["ingest", "--feeds", list, folder.File("a.txt", "Some text.")], "not both in one ingest"),
        };
        foreach (var (args, message) in cases)
        {
            var run = CliRun.Of([.. args, "--db", db]);
            Assert.Equal(2, run.ExitCode);
            var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("sitrep: error: ", line, StringComparison.Ordinal);
            Assert.Contains(message, line, StringComparison.Ordinal);
        }

        Assert.Contains("no feeds polled yet", CliRun.Of("feeds", "--db", db).Output, StringComparison.Ordinal);
    }
}
