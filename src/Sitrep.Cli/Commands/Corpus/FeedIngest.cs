using System.Globalization;
using Sitrep.Cli.Output;
using Sitrep.Corpus.Feeds;
using Sitrep.Corpus.Ingest;
using Sitrep.Corpus.Store;

namespace Sitrep.Cli.Commands.Corpus;

/// <summary>How <c>ingest --feed/--feeds</c> polls: the interval (minutes; null polls once), feeds fetched at once, HTTP timeout (seconds).</summary>
internal sealed record FeedSchedule(double? IntervalMinutes, int Concurrency, double TimeoutSeconds)
{
    /// <summary>Refuses values that cannot schedule anything, naming the option.</summary>
    public FeedSchedule Checked() =>
        IntervalMinutes is <= 0 or double.NaN ? throw new CliException($"--interval must be more than 0 minutes, not {IntervalMinutes?.ToString(CultureInfo.InvariantCulture)}")
        : Concurrency < 1 ? throw new CliException($"--concurrency must be at least 1, not {Concurrency}")
        : TimeoutSeconds is <= 0 or double.NaN ? throw new CliException($"--timeout must be more than 0 seconds, not {TimeoutSeconds.ToString(CultureInfo.InvariantCulture)}")
        : this;
}

/// <summary><c>ingest --feed/--feeds</c>: polls the feeds with a <see cref="FeedPoller"/>, one line on standard error per poll.</summary>
internal static class FeedIngest
{
    public static IngestSummary Run(CliConsole console, ICorpusStore store, Ingestor ingestor, IReadOnlyList<string> urls, DateOnly? published,
        FeedSchedule schedule, CancellationToken cancellationToken)
    {
        var feeds = store as IFeedStore ?? throw new CliException($"the {store.Backend} store keeps no feed records", ExitCodes.Failed);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(schedule.TimeoutSeconds) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("sitrep/1.0 (+news analysis)");
        var print = new Lock();
        var poller = new FeedPoller(new FeedClient(http, store), feeds, (items, token) => ingestor.Run(items, cancellationToken: token))
        {
            Concurrency = schedule.Concurrency,
            Interval = schedule.IntervalMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
            Published = published,
            Polled = report =>
            {
                lock (print)
                {
                    console.Error.WriteLine(Line(report.Record));
                }
            },
        };
        if (schedule.IntervalMinutes is { } every)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sitrep: polling {urls.Count} feed{(urls.Count == 1 ? "" : "s")}, {Math.Min(schedule.Concurrency, urls.Count)} at once, each every {every:0.##} minutes until stopped (Ctrl+C); `sitrep feeds` shows how each fares"));
        }

        return poller.RunAsync(urls, cancellationToken).GetAwaiter().GetResult();
    }

    private static string Line(FeedPollRecord r)
    {
        var what = r.Outcome switch
        {
            FeedOutcomes.NotModified => "not modified since the last poll",
            FeedOutcomes.Failed => $"failed: {r.Error}",
            _ => $"{Counted.Of(r.Items, "item")}, {r.New:N0} new, {r.Failed:N0} failed",
        };
        var next = r.NextPollAt is { } at ? "; next poll " + DateTimeOffset.FromUnixTimeMilliseconds(at).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "";
        return $"sitrep: {r.Url}: {what}{next}";
    }
}
