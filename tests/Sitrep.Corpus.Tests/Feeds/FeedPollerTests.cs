using Sitrep.Corpus.Feeds;
using Sitrep.Corpus.Ingest;

namespace Sitrep.Corpus.Tests.Feeds;

/// <summary>Many feeds polled as a service against a local server: concurrency, failures, schedules and the conditional-GET state.</summary>
public sealed class FeedPollerTests
{
    // One item without a link: its description is the document, so a poll needs no page fetches.
    private static string Rss(string title, string text) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>{title}</title><link>http://wire.example/</link><description>Fixture feed</description>
        <item><title>{title} item</title><description>{text}</description></item>
        </channel></rss>
        """;

    private const string SlowText = "Rescuers in Bilhorod worked through the night after a drone hit a warehouse on the edge of town, the mayor said on Monday.";
    private const string GoodText = "Talks between the two delegations resumed in Vienna on Tuesday with a discussion of prisoner lists and grain corridors.";

    // /good.xml answers 304 to a conditional GET that sends its ETag "g1", else the feed.
    private static LocalHttpServer GoodFeedWithETag() => new(request => request.Url!.AbsolutePath switch
    {
        "/good.xml" when request.Headers["If-None-Match"] == "\"g1\"" => (304, "", "\"g1\"", TimeSpan.Zero),
        "/good.xml" => (200, Rss("Good wire", GoodText), "\"g1\"", TimeSpan.Zero),
        _ => (404, "", null, TimeSpan.Zero),
    });

    [Fact]
    public async Task A_slow_feed_and_a_failing_feed_do_not_hold_up_the_others()
    {
        using var server = new LocalHttpServer(request => request.Url!.AbsolutePath switch
        {
            "/slow.xml" => (200, Rss("Slow wire", SlowText), null, TimeSpan.FromSeconds(2)),
            "/good.xml" => (200, Rss("Good wire", GoodText), null, TimeSpan.Zero),
            _ => (500, "broken", null, TimeSpan.Zero),
        });
        using var test = TestStore.Open("sqlite");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var order = new List<string>();
        var poller = new FeedPoller(new FeedClient(http, test.Store), (IFeedStore)test.Store, (items, token) => new Ingestor(test.Store).Run(items, cancellationToken: token))
        {
            Concurrency = 2,
            Polled = report => { lock (order) { order.Add(new Uri(report.Record.Url).AbsolutePath); } },
        };

        // The slow feed is listed first: fetched one at a time, it would be reported first.
        var summary = await poller.RunAsync([server.BaseUrl + "slow.xml", server.BaseUrl + "broken.xml", server.BaseUrl + "good.xml"], TestContext.Current.CancellationToken);

        Assert.Equal("/slow.xml", order[^1]);
        Assert.Equal((2, 1), (summary.New, summary.Failures.Count));
        var feeds = ((IFeedStore)test.Store).Feeds().ToDictionary(f => new Uri(f.Url).AbsolutePath);
        Assert.Equal((FeedOutcomes.Failed, 1L, 0L), (feeds["/broken.xml"].LastOutcome, feeds["/broken.xml"].Errors, feeds["/broken.xml"].ItemsStored));
        Assert.Contains("HTTP 500", feeds["/broken.xml"].LastError, StringComparison.Ordinal);
        Assert.Equal((FeedOutcomes.Ok, 1L, 1L, 0L), (feeds["/good.xml"].LastOutcome, feeds["/good.xml"].LastNew, feeds["/good.xml"].ItemsStored, feeds["/good.xml"].Errors));
        Assert.Equal((FeedOutcomes.Ok, 1L), (feeds["/slow.xml"].LastOutcome, feeds["/slow.xml"].ItemsStored));
        Assert.All(feeds.Values, f => Assert.Null(f.NextPollAt));
    }

    [Fact]
    public async Task On_an_interval_each_feed_is_polled_again_with_its_conditional_get_state_and_its_next_poll_recorded()
    {
        using var server = GoodFeedWithETag();
        using var test = TestStore.Open("sqlite");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var reports = new List<FeedPollReport>();
        var poller = new FeedPoller(new FeedClient(http, test.Store), (IFeedStore)test.Store, (items, token) => new Ingestor(test.Store).Run(items, cancellationToken: token))
        {
            Interval = TimeSpan.FromMilliseconds(200),
            Polled = report =>
            {
                lock (reports)
                {
                    reports.Add(report);
                    if (reports.Count(r => r.Record.Url.EndsWith("good.xml", StringComparison.Ordinal)) == 2)
                    {
                        stop.Cancel();
                    }
                }
            },
        };

        await poller.RunAsync([server.BaseUrl + "good.xml", server.BaseUrl + "gone.xml"], stop.Token);

        var good = reports.Where(r => r.Record.Url.EndsWith("good.xml", StringComparison.Ordinal)).Select(r => r.Record.Outcome).ToList();
        Assert.Equal([FeedOutcomes.Ok, FeedOutcomes.NotModified], good);
        Assert.Contains("/good.xml if-none-match \"g1\"", server.Requests);
        var status = ((IFeedStore)test.Store).Feeds().Single(f => f.Url.EndsWith("good.xml", StringComparison.Ordinal));
        Assert.Equal((FeedOutcomes.NotModified, 2L, 1L), (status.LastOutcome, status.Polls, status.ItemsStored));
        Assert.InRange(status.NextPollAt!.Value - status.LastPolledAt!.Value, 150, 400);
        var gone = ((IFeedStore)test.Store).Feeds().Single(f => f.Url.EndsWith("gone.xml", StringComparison.Ordinal));
        Assert.Equal(gone.Polls, gone.ConsecutiveErrors);
    }

    [Fact]
    public async Task A_restarted_service_keeps_each_feeds_recorded_next_poll()
    {
        using var server = new LocalHttpServer(request => (200, Rss("Good wire", GoodText), null, TimeSpan.Zero));
        using var test = TestStore.Open("sqlite");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var (scheduled, fresh) = (server.BaseUrl + "scheduled.xml", server.BaseUrl + "fresh.xml");
        var due = DateTimeOffset.UtcNow.AddMilliseconds(1500).ToUnixTimeMilliseconds();
        ((IFeedStore)test.Store).RecordPoll(new FeedPollRecord(scheduled, FeedOutcomes.NotModified, null, 0, 0, 0, null, due));
        var polled = new List<(string Url, long At)>();
        var poller = new FeedPoller(new FeedClient(http, test.Store), (IFeedStore)test.Store, (items, token) => new Ingestor(test.Store).Run(items, cancellationToken: token))
        {
            Interval = TimeSpan.FromMinutes(5),
            Polled = report =>
            {
                lock (polled)
                {
                    polled.Add((report.Record.Url, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
                    if (report.Record.Url == scheduled)
                    {
                        stop.Cancel();
                    }
                }
            },
        };

        await poller.RunAsync([scheduled, fresh], stop.Token);

        Assert.Equal([fresh, scheduled], polled.Select(p => p.Url));
        Assert.True(polled[1].At >= due, "the scheduled feed was polled before its recorded next poll");
    }

    [Fact]
    public async Task Items_that_cannot_be_stored_fail_the_poll_and_leave_the_conditional_get_state_unsaved()
    {
        using var server = GoodFeedWithETag();
        using var test = TestStore.Open("sqlite");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var url = server.BaseUrl + "good.xml";
        var token = TestContext.Current.CancellationToken;
        var broken = new FeedPoller(new FeedClient(http, test.Store), (IFeedStore)test.Store, (_, _) => throw new InvalidOperationException("the disk is full"));

        var failed = await broken.RunAsync([url], token);

        Assert.Contains("items could not be stored: the disk is full", Assert.Single(failed.Failures).Reason, StringComparison.Ordinal);
        Assert.Null(test.Store.Feed(url)?.ETag);
        var working = new FeedPoller(new FeedClient(http, test.Store), (IFeedStore)test.Store, (items, t) => new Ingestor(test.Store).Run(items, cancellationToken: t));
        Assert.Equal(1, (await working.RunAsync([url], token)).New);
        Assert.Equal("\"g1\"", test.Store.Feed(url)?.ETag);
        var status = Assert.Single(((IFeedStore)test.Store).Feeds());
        Assert.Equal((FeedOutcomes.Ok, 2L, 1L, 0L, 1L), (status.LastOutcome, status.Polls, status.Errors, status.ConsecutiveErrors, status.ItemsStored));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Recorded_polls_add_up_per_feed_and_keep_the_state_of_the_last_stored_poll(string backend)
    {
        using var test = TestStore.Open(backend);
        var feeds = (IFeedStore)test.Store;
        const string url = "https://wire.example/rss";

        feeds.RecordPoll(new FeedPollRecord(url, FeedOutcomes.Ok, null, 5, 3, 1, new Sitrep.Corpus.Store.FeedState(url, "\"a\"", null), 1_000));
        feeds.RecordPoll(new FeedPollRecord(url, FeedOutcomes.Failed, "feed returned HTTP 503", 0, 0, 0, null, 2_000));
        feeds.RecordPoll(new FeedPollRecord(url, FeedOutcomes.Failed, "feed could not be fetched: timed out", 0, 0, 0, null, 3_000));

        var status = Assert.Single(feeds.Feeds());
        Assert.Equal((3L, 3L, 2L, 2L), (status.Polls, status.ItemsStored, status.Errors, status.ConsecutiveErrors));
        Assert.Equal(("feed could not be fetched: timed out", 3_000L), (status.LastError, status.NextPollAt));
        Assert.Equal("\"a\"", test.Store.Feed(url)?.ETag);

        feeds.RecordPoll(new FeedPollRecord(url, FeedOutcomes.Ok, null, 2, 2, 0, new Sitrep.Corpus.Store.FeedState(url, "\"b\"", null), null));
        status = Assert.Single(feeds.Feeds());
        Assert.Equal((5L, 0L, (string?)null, 2L), (status.ItemsStored, status.ConsecutiveErrors, status.LastError, status.LastNew));
        Assert.Equal("\"b\"", test.Store.Feed(url)?.ETag);
    }

    [Fact]
    public void A_feed_list_skips_comments_and_repeats_and_names_the_line_that_is_not_a_feed()
    {
        Assert.Equal(["https://a.example/rss", "http://b.example/atom.xml"],
            FeedList.Parse(["# morning wires", "https://a.example/rss", "", "  http://b.example/atom.xml  ", "https://a.example/rss"]));
        var error = Assert.Throws<FormatException>(() => FeedList.Parse(["https://a.example/rss", "file:///etc/passwd"]));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}
