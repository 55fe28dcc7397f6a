using Microsoft.Playwright;
using Sitrep.Corpus.Store.Sqlite;

namespace Sitrep.Server.Tests;

/// <summary>The UI's incident-first list, its day-based timeline and the watch page, in headless Chromium.</summary>
public sealed class IncidentListBrowserTests
{
    [Fact]
    public async Task The_list_leads_with_the_newest_incident_its_toll_and_sources_and_the_timeline_axis_is_in_days()
    {
        await using var b = await Browser.Start();
        var page = b.Page;
        await page.GotoAsync(b.BaseUrl + "/#/map");
        await page.WaitForSelectorAsync("body[data-map-ready=true]");

        var items = page.Locator("#event-list li.event-item");
        await Assertions.Expect(items).ToHaveCountAsync(3); // the two Kharkiv reports are one incident
        var first = items.Nth(0);
        Assert.NotNull(await first.GetAttributeAsync("data-incident"));
        await Assertions.Expect(first).ToContainTextAsync("2026-03-02 Air/drone strike — Kharkiv (Kharkiv Oblast) · 4 killed, 11 injured");
        await Assertions.Expect(first).ToContainTextAsync("sources disagree");
        await Assertions.Expect(first.Locator(".sources a")).ToHaveCountAsync(2);
        await Assertions.Expect(items.Nth(1)).ToContainTextAsync("2026-02-28 Shelling/artillery/missile attack — Odesa");
        await Assertions.Expect(items.Nth(1)).ToContainTextAsync("2 injured");
        await Assertions.Expect(items.Nth(2)).ToContainTextAsync("2026-02-20");

        // The data spans 2026-02-20 .. 2026-03-02: every tick is a date in (or a day beside) that span, none an hour.
        var ticks = (await page.Locator("#timeline").GetAttributeAsync("data-ticks"))!.Split(' ');
        Assert.NotEmpty(ticks);
        Assert.All(ticks, t => Assert.Matches(@"^2026-(02-(19|2\d)|03-0[1-3])$", t));

        // One day of data (the Kharkiv incident) spans that day and one either side, still in days.
        await page.FillAsync("input[name=admin1]", "Kharkiv Oblast");
        await page.ClickAsync("#apply-filters");
        await Assertions.Expect(page.Locator("#event-list h2")).ToHaveTextAsync("2 events");
        await Assertions.Expect(page.Locator("#timeline")).ToHaveAttributeAsync("data-ticks", new System.Text.RegularExpressions.Regex(@"^2026-03-0[1-3]( 2026-03-0[1-3])*$"));
        Assert.Empty(b.Errors);
    }

    [Fact]
    public async Task The_watch_page_lists_watches_with_their_feed_and_recent_notifications()
    {
        await using var b = await Browser.Start();
        var page = b.Page;
        await page.GotoAsync(b.BaseUrl + "/#/watches");
        await Assertions.Expect(page.Locator("#view-watches h2")).ToHaveTextAsync("Watches (0)");
        var created = await page.APIRequest.PostAsync(b.BaseUrl + "/api/watches", new APIRequestContextOptions
        {
            Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + ServerFactory.Token },
            DataObject = new { name = "kharkiv", admin1 = "Kharkiv Oblast" },
        });
        Assert.Equal(201, created.Status);
        using (var store = new SqliteCorpusStore(b.Corpus.Db))
        {
            TestCorpus.Save(store, "Russian drones struck Kharkiv again on Monday night, killing two people, the governor said.", "kharkiv-4.txt", "2026-03-05",
                "Kharkiv struck again", killed: 2, injured: null, date: "2026-03-05", place: ("Kharkiv", "Kharkiv Oblast", 49.99, 36.23),
                actor: "Russian forces", sub: "Air/drone strike", speaker: null);
        }

        await page.ReloadAsync();
        var watch = page.Locator(".watch[data-watch=kharkiv]");
        await Assertions.Expect(watch.Locator("a.feed")).ToHaveAttributeAsync("href", "/feeds/watch/kharkiv.atom");
        await Assertions.Expect(watch.Locator(".filters")).ToContainTextAsync("--admin1 \"Kharkiv Oblast\"");
        await Assertions.Expect(watch.Locator(".notification")).ToContainTextAsync("New: Air/drone strike in Kharkiv on 2026-03-05, 2 killed");
        await b.Screenshot("watches");
        Assert.Empty(b.Errors);
    }
}
