namespace Sitrep.Corpus.Feeds;

// A mutable class with settable properties so Dapper maps the snake_case columns onto it on both backends.

/// <summary>
/// What a feed's polls did, as <c>sitrep feeds</c> and <c>/api/feeds</c> show it: the last poll (when, its outcome,
/// its items), running totals and when the next poll is due. Times are milliseconds since the Unix epoch.
/// </summary>
public sealed class FeedStatus
{
    /// <summary>The feed's address.</summary>
    public string Url { get; set; } = "";
    /// <summary>When the last poll finished, or null when none has.</summary>
    public long? LastPolledAt { get; set; }
    /// <summary>The last poll's outcome: <see cref="FeedOutcomes.Ok"/>, <see cref="FeedOutcomes.NotModified"/> or <see cref="FeedOutcomes.Failed"/>.</summary>
    public string? LastOutcome { get; set; }
    /// <summary>Why the last poll failed (the feed, not one item), or null.</summary>
    public string? LastError { get; set; }
    /// <summary>Items the last poll read.</summary>
    public long LastItems { get; set; }
    /// <summary>Of those, stored as new documents.</summary>
    public long LastNew { get; set; }
    /// <summary>Of those, items that could not be read or stored.</summary>
    public long LastFailed { get; set; }
    /// <summary>Polls so far.</summary>
    public long Polls { get; set; }
    /// <summary>New documents stored from the feed so far.</summary>
    public long ItemsStored { get; set; }
    /// <summary>Polls that failed so far.</summary>
    public long Errors { get; set; }
    /// <summary>Failed polls since the last one that worked.</summary>
    public long ConsecutiveErrors { get; set; }
    /// <summary>When the next poll is due, or null when the feed is not polled on an interval.</summary>
    public long? NextPollAt { get; set; }
}

/// <summary>The outcomes of a poll.</summary>
public static class FeedOutcomes
{
    /// <summary>The feed was read and its items went to the store.</summary>
    public const string Ok = "ok";
    /// <summary>The server answered 304: nothing new since the last poll.</summary>
    public const string NotModified = "not modified";
    /// <summary>The feed could not be fetched or parsed, or its items could not be stored.</summary>
    public const string Failed = "failed";
}

/// <summary>One finished poll, recorded by <see cref="IFeedStore.RecordPoll"/>.</summary>
/// <param name="Url">The feed.</param>
/// <param name="Outcome">One of <see cref="FeedOutcomes"/>.</param>
/// <param name="Error">Why the poll failed, or null.</param>
/// <param name="Items">Items read.</param>
/// <param name="New">Items stored as new documents.</param>
/// <param name="Failed">Items that failed.</param>
/// <param name="State">The conditional-GET state to keep (only once the items are stored), or null to keep the stored one.</param>
/// <param name="NextPollAt">When the next poll is due (ms since the Unix epoch), or null.</param>
public sealed record FeedPollRecord(string Url, string Outcome, string? Error, int Items, int New, int Failed, Store.FeedState? State, long? NextPollAt);

/// <summary>A store that keeps what each feed's polls did.</summary>
public interface IFeedStore
{
    /// <summary>Every feed polled into this store, by address.</summary>
    IReadOnlyList<FeedStatus> Feeds();

    /// <summary>Records a finished poll in one statement: its outcome and counts and, when <see cref="FeedPollRecord.State"/> is given, the new conditional-GET state.</summary>
    void RecordPoll(FeedPollRecord poll);
}
