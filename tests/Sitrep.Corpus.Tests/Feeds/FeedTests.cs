using Sitrep.Corpus.Feeds;
using Sitrep.Corpus.Ingest;
using Sitrep.Corpus.Tests.Readers;

namespace Sitrep.Corpus.Tests.Feeds;

/// <summary>Feed polling against a local server: items, conditional GET, and failures per item.</summary>
public sealed class FeedTests
{
    private static string Rss(string baseUrl) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Test wire</title><link>{baseUrl}</link><description>Fixture feed</description>
        <item><title>Drones hit grain terminal</title><link>{baseUrl}izmail.html</link><pubDate>Sat, 14 Mar 2026 07:30:00 GMT</pubDate></item>
        <item><title>Talks in Geneva</title><link>{baseUrl}missing.html</link><description>Negotiators met in Geneva on Friday and agreed to exchange lists of detained civilians before the next round.</description></item>
        <item><title>Slow page</title><link>{baseUrl}slow.html</link></item>
        <item><title>Gone page</title><link>{baseUrl}gone.html</link></item>
        </channel></rss>
        """;

    [Fact]
    public async Task Each_item_is_read_and_bad_items_fail_alone_and_an_unchanged_feed_is_not_read_again()
    {
        using var server = new LocalHttpServer(request => request.Url!.AbsolutePath switch
        {
            "/feed.xml" when request.Headers["If-None-Match"] == "\"v1\"" => (304, "", "\"v1\"", TimeSpan.Zero),
            "/feed.xml" => (200, Rss($"http://{request.Url.Authority}/"), "\"v1\"", TimeSpan.Zero),
            "/izmail.html" => (200, ReaderTests.ArticleHtml, null, TimeSpan.Zero),
            "/slow.html" => (200, ReaderTests.ArticleHtml, null, TimeSpan.FromSeconds(3)),
            _ => (404, "not found", null, TimeSpan.Zero),
        });
        using var test = TestStore.Open("sqlite");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        var client = new FeedClient(http, test.Store);

        var first = await client.PollAsync(server.BaseUrl + "feed.xml", cancellationToken: TestContext.Current.CancellationToken);
        var summary = new Ingestor(test.Store).Run(first.Items);

        Assert.Equal(4, first.Items.Count);
        Assert.Equal("Drones hit grain terminal in Izmail", first.Items[0].Document!.Title);
        Assert.Equal(new DateOnly(2026, 3, 14), first.Items[0].Document!.Published);
        Assert.StartsWith("Negotiators met in Geneva", first.Items[1].Document!.Text, StringComparison.Ordinal);
        Assert.Contains("timed out", first.Items[2].Error, StringComparison.Ordinal);
        Assert.Contains("404", first.Items[3].Error, StringComparison.Ordinal);
        Assert.Equal((2, 2), (summary.New, summary.Failures.Count));
        client.Acknowledge(first);

        var second = await client.PollAsync(server.BaseUrl + "feed.xml", cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(second.NotModified);
        Assert.Empty(second.Items);
        Assert.Contains("/feed.xml if-none-match \"v1\"", server.Requests);
    }

    [Fact]
    public async Task Items_with_links_that_are_not_http_are_skipped_and_reported_and_the_good_ones_stored()
    {
        using var server = new LocalHttpServer(request => request.Url!.AbsolutePath switch
        {
            "/feed.xml" => (200, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>Mixed wire</title><link>http://{request.Url.Authority}/</link><description>d</description>
                <item><title>Local file</title><link>file:///etc/hostname</link><description>Should never be read from disk.</description></item>
                <item><title>Mail</title><link>mailto:desk@news.example</link></item>
                <item><title>Drones hit grain terminal</title><link>http://{request.Url.Authority}/izmail.html</link></item>
                </channel></rss>
                """, "\"v1\"", TimeSpan.Zero),
            "/izmail.html" => (200, ReaderTests.ArticleHtml, null, TimeSpan.Zero),
            _ => (404, "", null, TimeSpan.Zero),
        });
        using var test = TestStore.Open("sqlite");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var client = new FeedClient(http, test.Store);

        var poll = await client.PollAsync(server.BaseUrl + "feed.xml", cancellationToken: TestContext.Current.CancellationToken);
        var summary = new Ingestor(test.Store).Run(poll.Items);

        Assert.Equal((1, 2), (summary.New, summary.Failures.Count));
        Assert.All(summary.Failures, f => Assert.Contains("not http(s)", f.Reason, StringComparison.Ordinal));
        Assert.Contains(summary.Failures, f => f.Source.StartsWith("file:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_conditional_get_state_is_saved_only_when_the_poll_is_acknowledged()
    {
        using var server = new LocalHttpServer(request => request.Url!.AbsolutePath switch
        {
            "/feed.xml" when request.Headers["If-None-Match"] == "\"v1\"" => (304, "", "\"v1\"", TimeSpan.Zero),
            "/feed.xml" => (200, Rss($"http://{request.Url.Authority}/"), "\"v1\"", TimeSpan.Zero),
            _ => (404, "", null, TimeSpan.Zero),
        });
        using var test = TestStore.Open("sqlite");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var client = new FeedClient(http, test.Store);
        var token = TestContext.Current.CancellationToken;

        var first = await client.PollAsync(server.BaseUrl + "feed.xml", cancellationToken: token);
        Assert.Null(test.Store.Feed(server.BaseUrl + "feed.xml"));
        Assert.False((await client.PollAsync(server.BaseUrl + "feed.xml", cancellationToken: token)).NotModified);

        client.Acknowledge(first);
        Assert.True((await client.PollAsync(server.BaseUrl + "feed.xml", cancellationToken: token)).NotModified);
    }

    [Fact]
    public async Task A_feed_address_that_is_not_http_is_a_failed_poll()
    {
        using var test = TestStore.Open("sqlite");
        using var http = new HttpClient();
        var poll = await new FeedClient(http, test.Store).PollAsync("file:///etc/hostname", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains("not an http(s) URL", Assert.Single(poll.Items).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_feeds_404s_and_non_feeds_are_reported_not_thrown()
    {
        using var server = new LocalHttpServer(request => request.Url!.AbsolutePath switch
        {
            "/empty.xml" => (200, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>", null, TimeSpan.Zero),
            "/page.html" => (200, "<html><body>not a feed</body></html>", null, TimeSpan.Zero),
            _ => (404, "", null, TimeSpan.Zero),
        });
        using var test = TestStore.Open("sqlite");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var client = new FeedClient(http, test.Store);
        var token = TestContext.Current.CancellationToken;

        Assert.Empty((await client.PollAsync(server.BaseUrl + "empty.xml", cancellationToken: token)).Items);
        Assert.Contains("HTTP 404", Assert.Single((await client.PollAsync(server.BaseUrl + "nothing.xml", cancellationToken: token)).Items).Error, StringComparison.Ordinal);
        Assert.Contains("not an RSS or Atom feed", Assert.Single((await client.PollAsync(server.BaseUrl + "page.html", cancellationToken: token)).Items).Error, StringComparison.Ordinal);
    }
}
