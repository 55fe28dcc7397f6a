using Dapper;
using Sitrep.Corpus.Feeds;

namespace Sitrep.Corpus.Store;

// What feeds' polls did (migration 060_feed_status.sql); lives with the feed code.
public abstract partial class SqlCorpusStore : IFeedStore
{
    /// <inheritdoc/>
    public IReadOnlyList<FeedStatus> Feeds()
    {
        using var connection = OpenConnection();
        return connection.Query<FeedStatus>(
            """
            SELECT url, last_polled_at, last_outcome, last_error, last_items, last_new, last_failed, polls, items_stored, errors,
                   consecutive_errors, next_poll_at
            FROM feeds ORDER BY url
            """).ToList();
    }

    /// <inheritdoc/>
    public void RecordPoll(FeedPollRecord poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        var failedPoll = poll.Outcome == FeedOutcomes.Failed ? 1 : 0;
        // Parameter names differ by more than case: PostgreSQL matches them case-insensitively.
        // The conditional-GET columns change only when the poll brings a state (its items are stored);
        // a failed or cut-short poll leaves them, so the next poll reads the feed in full.
        using var connection = OpenConnection();
        connection.Execute(
            """
            INSERT INTO feeds (url, etag, last_modified, polled_at, last_polled_at, last_outcome, last_error, last_items, last_new, last_failed,
              polls, items_stored, errors, consecutive_errors, next_poll_at)
            VALUES (@Url, @etag, @lastModified, @acknowledged, @now, @Outcome, @Error, @Items, @New, @Failed, 1, @New, @failedPoll, @failedPoll, @NextPollAt)
            ON CONFLICT (url) DO UPDATE SET
              etag = CASE WHEN @hasState = 1 THEN excluded.etag ELSE feeds.etag END,
              last_modified = CASE WHEN @hasState = 1 THEN excluded.last_modified ELSE feeds.last_modified END,
              polled_at = CASE WHEN @hasState = 1 THEN excluded.polled_at ELSE feeds.polled_at END,
              last_polled_at = excluded.last_polled_at, last_outcome = excluded.last_outcome, last_error = excluded.last_error,
              last_items = excluded.last_items, last_new = excluded.last_new, last_failed = excluded.last_failed,
              polls = feeds.polls + 1, items_stored = feeds.items_stored + excluded.items_stored, errors = feeds.errors + excluded.errors,
              consecutive_errors = CASE WHEN @failedPoll = 1 THEN feeds.consecutive_errors + 1 ELSE 0 END,
              next_poll_at = excluded.next_poll_at
            """,
            new
            {
                poll.Url, etag = poll.State?.ETag, lastModified = poll.State?.LastModified, acknowledged = poll.State is null ? (long?)null : Now,
                now = Now, poll.Outcome, poll.Error, poll.Items, poll.New, poll.Failed, failedPoll, poll.NextPollAt, hasState = poll.State is null ? 0 : 1,
            });
    }
}
