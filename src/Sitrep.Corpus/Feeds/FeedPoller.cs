using Sitrep.Corpus.Ingest;
using Sitrep.Corpus.Readers;

namespace Sitrep.Corpus.Feeds;

/// <summary>
/// Polls many feeds as a service: every feed has its own loop (poll, store its items, wait the interval), and
/// at most <see cref="Concurrency"/> fetches run at once, so a slow feed delays only its own next poll and a
/// failing one only records its error. Items are stored one feed at a time (one writer, as ingest stores), and
/// the feed's conditional-GET state is recorded with the poll only after its items are stored: a poll cut
/// short, or whose items could not be stored, is read again in full next time.
/// </summary>
public sealed class FeedPoller
{
    private readonly FeedClient client;
    private readonly IFeedStore feeds;
    private readonly Func<IReadOnlyList<ReadItem>, CancellationToken, IngestSummary> store;
    private readonly Lock gate = new();
    private readonly IngestSummary total = new();

    /// <summary>Creates a poller.</summary>
    /// <param name="client">Fetches a feed and its items.</param>
    /// <param name="feeds">Where each poll's outcome is recorded.</param>
    /// <param name="store">Stores one poll's items (an <see cref="Ingestor"/>'s Run); called by one poll at a time.</param>
    public FeedPoller(FeedClient client, IFeedStore feeds, Func<IReadOnlyList<ReadItem>, CancellationToken, IngestSummary> store)
    {
        this.client = client ?? throw new ArgumentNullException(nameof(client));
        this.feeds = feeds ?? throw new ArgumentNullException(nameof(feeds));
        this.store = store ?? throw new ArgumentNullException(nameof(store));
    }

    /// <summary>Feeds fetched at once (default 4).</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>Poll each feed again this long after its last poll ended, until cancelled; null polls each once.</summary>
    public TimeSpan? Interval { get; init; }

    /// <summary>Publication date for items that carry none.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The clock the waits use.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Called after each poll is recorded (from any thread).</summary>
    public Action<FeedPollReport>? Polled { get; init; }

    /// <summary>Polls every feed (once, or on the interval until <paramref name="cancellationToken"/> stops it); returns what was stored.</summary>
    public async Task<IngestSummary> RunAsync(IReadOnlyList<string> urls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentOutOfRangeException.ThrowIfLessThan(Concurrency, 1);
        using var fetches = new SemaphoreSlim(Concurrency, Concurrency);
        using var writer = new SemaphoreSlim(1, 1);
        // On an interval, a restarted service keeps each feed's schedule rather than polling all at once.
        var due = Interval is null ? [] : feeds.Feeds().Where(f => f.NextPollAt is not null).ToDictionary(f => f.Url, f => f.NextPollAt!.Value, StringComparer.Ordinal);
        try
        {
            await Task.WhenAll(urls.Distinct(StringComparer.Ordinal).Select(url => LoopAsync(url, due.GetValueOrDefault(url), fetches, writer, cancellationToken))).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped: every poll that finished is stored and recorded; the one cut short is read again next time.
        }

        lock (gate)
        {
            return total;
        }
    }

    private async Task LoopAsync(string url, long dueAt, SemaphoreSlim fetches, SemaphoreSlim writer, CancellationToken cancellationToken)
    {
        // A recorded next poll is kept, but never waited for longer than the interval now asked for.
        var wait = TimeSpan.FromMilliseconds(dueAt - Time.GetUtcNow().ToUnixTimeMilliseconds());
        if (Interval is { } asked && wait > asked)
        {
            wait = asked;
        }

        while (true)
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, Time, cancellationToken).ConfigureAwait(false);
            }

            FeedPoll poll;
            await fetches.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                poll = await client.PollAsync(url, Published, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                fetches.Release();
            }

            var report = await StoreAsync(url, poll, writer, cancellationToken).ConfigureAwait(false);
            Polled?.Invoke(report);
            if (Interval is not { } interval)
            {
                return;
            }

            wait = interval;
        }
    }

    // One poll's items into the store and its outcome into the feed's record, one feed at a time.
    private async Task<FeedPollReport> StoreAsync(string url, FeedPoll poll, SemaphoreSlim writer, CancellationToken cancellationToken)
    {
        await writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var summary = new IngestSummary();
            FeedPollRecord record;
            if (poll.Error is { } error)
            {
                summary.Add(IngestOutcome.Failed, url, error);
                record = new FeedPollRecord(url, FeedOutcomes.Failed, error, 0, 0, 0, null, Next());
            }
            else if (poll.NotModified)
            {
                record = new FeedPollRecord(url, FeedOutcomes.NotModified, null, 0, 0, 0, null, Next());
            }
            else
            {
                try
                {
                    summary = await Task.Run(() => store(poll.Items, cancellationToken), cancellationToken).ConfigureAwait(false);
                    record = new FeedPollRecord(url, FeedOutcomes.Ok, null, poll.Items.Count, summary.New, summary.Failures.Count, poll.State, Next());
                }
#pragma warning disable CA1031 // a store that fails for one feed's items (a database error) is that poll's error, not the end of every feed's loop.
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    var reason = $"items could not be stored: {e.Message}";
                    summary.Add(IngestOutcome.Failed, url, reason);
                    record = new FeedPollRecord(url, FeedOutcomes.Failed, reason, poll.Items.Count, 0, poll.Items.Count, null, Next());
                }
            }

            feeds.RecordPoll(record);
            lock (gate)
            {
                total.Merge(summary);
            }

            return new FeedPollReport(record, summary);
        }
        finally
        {
            writer.Release();
        }
    }

    private long? Next() => Interval is { } interval ? (Time.GetUtcNow() + interval).ToUnixTimeMilliseconds() : null;
}

/// <summary>One finished poll: what was recorded for the feed and what its items did in the store.</summary>
/// <param name="Record">The feed's outcome, counts and next poll.</param>
/// <param name="Summary">The items stored, unchanged and failed (with reasons).</param>
public sealed record FeedPollReport(FeedPollRecord Record, IngestSummary Summary);
