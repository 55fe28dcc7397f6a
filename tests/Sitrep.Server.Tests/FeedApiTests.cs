using Microsoft.Playwright;
using Sitrep.Corpus.Feeds;
using Sitrep.Corpus.Store.Sqlite;

namespace Sitrep.Server.Tests;

/// <summary>The feeds' poll records over the API and on the Feeds page (in headless Chromium).</summary>
public sealed class FeedApiTests : IDisposable
{
    // A feed's error text comes from the network: markup in it must stay text.
    private const string HostileError = "feed returned HTTP 502 <img src=x onerror=alert(1)>";

    private readonly ServerFactory server = new();

    public void Dispose() => server.Dispose();

    private static void RecordPolls(string db)
    {
        using var store = new SqliteCorpusStore(db);
        store.RecordPoll(new FeedPollRecord("https://wire.example/rss", FeedOutcomes.Ok, null, 6, 4, 1, new Corpus.Store.FeedState("https://wire.example/rss", "\"w1\"", null), 1_796_400_600_000));
        store.RecordPoll(new FeedPollRecord("https://down.example/atom.xml", FeedOutcomes.Failed, HostileError, 0, 0, 0, null, 1_796_400_600_000));
    }

    [Fact]
    public async Task The_api_lists_each_feed_with_its_last_poll_items_errors_and_next_poll()
    {
        var client = server.CreateClient();
        Assert.Empty((await client.GetJson("/api/feeds")).Items());
        RecordPolls(server.Corpus.Db);

        var feeds = (await client.GetJson("/api/feeds")).Items().ToDictionary(f => f.Str("url"));

        var wire = feeds["https://wire.example/rss"];
        Assert.Equal(("ok", "6", "4", "1", "4", "0"), (wire.Str("lastOutcome"), wire.Str("lastItems"), wire.Str("lastNew"), wire.Str("lastFailed"), wire.Str("itemsStored"), wire.Str("errors")));
        Assert.Equal("1796400600000", wire.Str("nextPollAt"));
        var down = feeds["https://down.example/atom.xml"];
        Assert.Equal(("failed", HostileError, "1", "1"), (down.Str("lastOutcome"), down.Str("lastError"), down.Str("errors"), down.Str("consecutiveErrors")));
    }

    [Fact]
    public async Task The_feeds_page_shows_every_feed_and_its_error_as_text()
    {
        await using var b = await Browser.Start();
        var page = b.Page;
        await page.GotoAsync(b.BaseUrl + "/#/feeds");
        await Assertions.Expect(page.Locator("#view-feeds h2")).ToHaveTextAsync("Feeds (0)");
        RecordPolls(b.Corpus.Db);

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#view-feeds h2")).ToHaveTextAsync("Feeds (2)");
        var wire = page.Locator("tr.feed[data-url='https://wire.example/rss']");
        await Assertions.Expect(wire).ToContainTextAsync("6 (4 new, 1 failed)");
        await Assertions.Expect(wire).ToContainTextAsync("2026-12-04 16:10:00"); // the next poll, in UTC
        var down = page.Locator("tr.feed.failed[data-url='https://down.example/atom.xml']");
        await Assertions.Expect(down.Locator(".error")).ToHaveTextAsync(HostileError);
        await Assertions.Expect(down).ToContainTextAsync("1 of 1 polls");
        Assert.Equal(0, await page.Locator("#view-feeds img").CountAsync());
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("2 feeds, 1 failing");
        await b.Screenshot("feeds");
        Assert.Empty(b.Errors);
    }
}
