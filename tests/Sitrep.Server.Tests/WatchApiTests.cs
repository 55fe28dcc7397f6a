using System.Net;
using CodeHollow.FeedReader;
using Sitrep.Corpus.Store.Sqlite;

namespace Sitrep.Server.Tests;

/// <summary>Watches over the API and their Atom feeds, read back by a real feed parser.</summary>
public sealed class WatchApiTests : IDisposable
{
    private const string Kharkiv3 = "The toll from Monday's Russian drone strike on an apartment block in Kharkiv rose to seven, with eleven injured, the mayor said on Tuesday.";

    private readonly ServerFactory server = new();

    public void Dispose() => server.Dispose();

    private void StoreThirdKharkivSource()
    {
        using var store = new SqliteCorpusStore(server.Corpus.Db);
        TestCorpus.Save(store, Kharkiv3, "kharkiv-3.txt", "2026-03-03", "Kharkiv toll rises to seven", killed: 7, injured: 11, date: "2026-03-02",
            place: ("Kharkiv", "Kharkiv Oblast", 49.99, 36.24), actor: "Russian forces", sub: "Air/drone strike", speaker: null);
    }

    [Fact]
    public async Task A_watch_added_over_the_api_hides_its_secret_and_feeds_its_notifications_as_atom()
    {
        var writer = server.Writer();
        using var created = await writer.PostJson("/api/watches", new { name = "kharkiv", admin1 = "Kharkiv Oblast", minKilled = 1 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Matches("\"secret\":\"[0-9a-f]{64}\"", await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.DoesNotContain("secret", await writer.Text("/api/watches"), StringComparison.Ordinal);
        Assert.NotEmpty((await writer.GetJson("/api/watches/kharkiv/test")).Items()); // the stored Kharkiv incident matches, and nothing was told

        Assert.Empty((await writer.GetJson("/api/watches/kharkiv/notifications")).Items());
        StoreThirdKharkivSource();

        var notifications = (await writer.GetJson("/api/watches/kharkiv/notifications")).Items();
        var told = Assert.Single(notifications);
        Assert.Equal("new", told.Str("kind"));
        Assert.Equal("7", told.GetProperty("notification").GetProperty("incident").Str("killedBest"));
        var feed = FeedReader.ReadFromString(await writer.Text("/feeds/watch/kharkiv.atom"));
        Assert.Equal(FeedType.Atom, feed.Type);
        var entry = Assert.Single(feed.Items);
        Assert.Equal(told.Str("summary"), entry.Title);
        Assert.Equal("urn:sitrep:notification:" + told.Str("key"), entry.Id);
        Assert.Contains("Kharkiv", entry.Content ?? entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_writes_need_the_token_and_bad_watches_are_explained()
    {
        using var anonymous = await server.CreateClient().PostJson("/api/watches", new { name = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var bad = await server.Writer().PostJson("/api/watches", new { name = "no spaces", webhook = "ftp://x" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("must be 1-64 letters", await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var missing = await server.Writer().DeleteAsync(new Uri("/api/watches/none", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var feed = await server.CreateClient().GetAsync(new Uri("/feeds/watch/none.atom", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, feed.StatusCode);
    }
}
