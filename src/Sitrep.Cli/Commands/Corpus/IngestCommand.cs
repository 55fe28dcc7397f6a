using System.CommandLine;
using System.Diagnostics;
using Sitrep.Cli.Output;
using Sitrep.Corpus.Feeds;
using Sitrep.Corpus.Ingest;
using Sitrep.Corpus.Readers;
using Sitrep.Corpus.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands.Corpus;

/// <summary><c>sitrep ingest PATH...|--feed URL</c>: read, analyse and store documents.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (.txt, .md, .html, .jsonl, Telegram Desktop export result.json; folders searched recursively), or - for plain text on standard input", Arity = ArgumentArity.ZeroOrMore };
        var feed = new Option<string?>("--feed") { Description = "RSS or Atom feed URL: each item's page is fetched and read" };
        var feedList = new Option<string?>("--feeds") { HelpName = "FILE", Description = "A file of feed URLs, one a line (# comments and blank lines skipped): polled concurrently, each on its own schedule; `sitrep feeds` shows how each fared" };
        var interval = new Option<double?>("--interval") { HelpName = "MINUTES", Description = "With --feed/--feeds: poll each feed again this many minutes after its last poll ended, until stopped (Ctrl+C); without it each feed is polled once" };
        var concurrency = new Option<int>("--concurrency") { HelpName = "N", Description = "With --feeds: feeds fetched at once (a slow or failing feed holds up only its own slot)", DefaultValueFactory = _ => 4 };
        var timeout = new Option<double>("--timeout") { Description = "With --feed/--feeds: HTTP timeout in seconds, per request", DefaultValueFactory = _ => 30 };
        var queue = new Option<bool>("--queue") { Description = "Store documents for `sitrep worker` instead of analysing them here" };
        var parallel = new Option<int>("--parallel") { Description = "Documents analysed at once (default: one per processor; written in order either way)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var published = CommonOptions.Published();
        var budget = new BudgetOptions();
        var command = new Command("ingest", "Read, analyse and store documents; the same text twice is stored once, and an interrupted ingest resumes where it stopped.\n\n" +
            "Examples:\n  sitrep ingest articles/ --published 2026-03-14\n  sitrep ingest --feed https://news.example/rss --interval 15\n  sitrep ingest --feeds feeds.txt --interval 10 --concurrency 8   # a service: then `sitrep feeds`\n  sitrep ingest dump.jsonl --db \"Host=db;Username=sitrep\" --queue")
        {
            paths, feed, feedList, interval, concurrency, timeout, queue, published, parallel,
        };
        budget.AddTo(command);
        command.SetAction((parse, token) =>
        {
            var inputs = parse.GetValue(paths) ?? [];
            var feedUrls = FeedUrls(parse.GetValue(feed), parse.GetValue(feedList));
            if (inputs.Length == 0 && feedUrls is null)
            {
                throw new CliException("give files or folders to ingest, or --feed URL, or --feeds FILE");
            }

            if (inputs.Length > 0 && feedUrls is not null)
            {
                throw new CliException("give files or folders, or feeds, not both in one ingest");
            }

            var schedule = new FeedSchedule(parse.GetValue(interval), parse.GetValue(concurrency), parse.GetValue(timeout)).Checked();

            var limits = budget.Read(parse);
            var date = CommonOptions.ParseDate(parse.GetValue(published));
            using var store = CorpusOptions.Open(parse);
            var ingestor = new Ingestor(store, queueOnly: parse.GetValue(queue)) { Parallelism = parse.GetValue(parallel), Budget = limits };
            var summary = feedUrls is null
                ? WithProgress(console, Read(console, inputs, date, limits.MaxBytes), Estimate(inputs), ingestor, token)
                : FeedIngest.Run(console, store, ingestor, feedUrls, date, schedule, token);
            Print(console, summary, store);
            return Task.FromResult(summary.Failures.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed);
        });
        return command;
    }

    // "-" is plain text on standard input, read as extract reads it; everything else goes to the readers.
    private static IEnumerable<ReadItem> Read(CliConsole console, string[] inputs, DateOnly? date, long maxBytes)
    {
        foreach (var input in inputs)
        {
            if (input != "-")
            {
                foreach (var item in InputReader.Read([input], date, maxBytes))
                {
                    yield return item;
                }

                continue;
            }

            var read = Inputs.InputCollector.Read(input, console.OpenInput, maxBytes);
            yield return read.Text is { } text
                ? ReadItem.Ok(new SourceDocument { Text = text, Source = "stdin", Published = date })
                : ReadItem.Fail("stdin", read.Error!);
        }
    }

    // --feed and the lines of --feeds, in that order; null when neither was given.
    private static List<string>? FeedUrls(string? feed, string? file)
    {
        if (feed is null && file is null)
        {
            return null;
        }

        var urls = new List<string>();
        if (feed is not null)
        {
            urls.Add(feed);
        }

        if (file is not null)
        {
            if (!File.Exists(file))
            {
                throw new CliException($"--feeds: no such file: {file}");
            }

            try
            {
                urls.AddRange(FeedList.Parse(File.ReadLines(file)));
            }
            catch (FormatException e)
            {
                throw new CliException($"--feeds {file}: {e.Message}");
            }

            if (urls.Count == 0)
            {
                throw new CliException($"--feeds {file}: no feed addresses in the file (one http(s) URL a line)");
            }
        }

        return urls.Distinct(StringComparer.Ordinal).ToList();
    }

    // A bar on a terminal; where standard error is a file or a pipe a bar cannot redraw, so a line every
    // ten seconds says how far the ingest got instead.
    private static IngestSummary WithProgress(CliConsole console, IEnumerable<ReadItem> items, int estimate, Ingestor ingestor, CancellationToken token)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        var clock = Stopwatch.StartNew();
        var done = 0;
        string Status() => $"{done:N0}/{estimate:N0} documents, {done / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s";
        if (!ansi.Profile.Capabilities.Interactive)
        {
            var next = TimeSpan.FromSeconds(10);
            return ingestor.Run(items, (_, _) =>
            {
                done++;
                if (clock.Elapsed >= next)
                {
                    console.Error.WriteLine($"ingest: {Status()}");
                    next = clock.Elapsed + TimeSpan.FromSeconds(10);
                }
            }, token);
        }

        IngestSummary? summary = null;
        ansi.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingest", maxValue: Math.Max(1, estimate));
                summary = ingestor.Run(items, (_, _) =>
                {
                    done++;
                    task.Increment(1);
                    task.Description = Status();
                }, token);
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    // Documents expected: files, plus lines of JSON Lines files. Counting is a cheap streaming pass.
    private static int Estimate(string[] inputs)
    {
        var count = 0;
        foreach (var input in inputs)
        {
            var files = Directory.Exists(input)
                ? Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Where(InputReader.IsReadable)
                : [input];
            foreach (var file in files)
            {
                var jsonLines = file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);
                count += jsonLines && File.Exists(file) ? File.ReadLines(file).Count(l => l.Length > 0) : 1;
            }
        }

        return count;
    }

    private static void Print(CliConsole console, IngestSummary summary, ICorpusStore store)
    {
        console.Out.WriteLine($"ingested {Counted.Of(summary.Total, "document")}: {summary.New:N0} new, {summary.Unchanged:N0} unchanged, {summary.Failures.Count:N0} failed");
        foreach (var failure in summary.Failures)
        {
            console.Error.WriteLine($"sitrep: failed: {failure.Source}: {failure.Reason}");
        }

        var counts = store.Counts();
        console.Out.WriteLine($"store ({store.Backend}): {Counted.Of(counts.Documents, "document")} ({counts.Queued:N0} queued), {Counted.Of(counts.Events, "event")}, {Counted.Of(counts.Quotes, "quote")}, {Counted.Of(counts.Entities, "entity", "entities")}, {Counted.Of(counts.Incidents, "incident")}");
    }
}
