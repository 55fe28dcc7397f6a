using System.CommandLine;
using System.Globalization;
using Sitrep.Corpus.Feeds;

namespace Sitrep.Cli.Commands.Corpus;

/// <summary><c>sitrep feeds</c>: how each feed polled into the store fared.</summary>
internal static class FeedsCommand
{
    public static Command Create(CliConsole console)
    {
        var format = CorpusOptions.Format();
        var command = new Command("feeds",
            "List every feed polled into the store (by `sitrep ingest --feed URL` or `--feeds FILE`): its last poll and outcome, the items it read " +
            "and how many were new, documents stored from it so far, failed polls (and the last error), and when the next poll is due (times in UTC).\n\n" +
            "Examples:\n  sitrep ingest --feeds feeds.txt --interval 10 &\n  sitrep feeds\n  sitrep feeds --format json")
        {
            format,
        };
        command.SetAction(parse =>
        {
            using var store = CorpusOptions.Open(parse);
            var feeds = store as IFeedStore ?? throw new CliException($"the {store.Backend} store keeps no feed records", ExitCodes.Failed);
            var rows = feeds.Feeds();
            if (rows.Count == 0 && parse.GetRequiredValue(format) == "table")
            {
                console.Out.WriteLine("no feeds polled yet: `sitrep ingest --feeds feeds.txt --interval 10` polls the feeds listed one a line");
                return ExitCodes.Ok;
            }

            RowOutput.Write(console, parse.GetRequiredValue(format), rows,
                ("Feed", f => f.Url), ("Last poll", f => Time(f.LastPolledAt)), ("Outcome", f => f.LastOutcome),
                ("Last items", f => f.LastOutcome == FeedOutcomes.Ok ? $"{f.LastItems:N0} ({f.LastNew:N0} new, {f.LastFailed:N0} failed)" : ""),
                ("Stored", f => f.ItemsStored), ("Errors", f => $"{f.Errors:N0} of {f.Polls:N0} polls"), ("Last error", f => f.LastError),
                ("Next poll", f => Time(f.NextPollAt)));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Time(long? at) =>
        at is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "";
}
