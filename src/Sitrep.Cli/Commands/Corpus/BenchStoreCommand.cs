using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Corpus.Ingest;
using Sitrep.Corpus.Readers;
using Sitrep.Corpus.Store;
using Sitrep.Reporting;

namespace Sitrep.Cli.Commands.Corpus;

/// <summary>
/// <c>sitrep bench-store</c>: ingest throughput (engine included) and search latency of a store. Documents
/// are generated at run time by recombining sentences of a folder of texts (e.g. ../shared PolNeAR), so
/// nothing is committed; each document gets ~40 sentences (~900 tokens). A benchmark, never a test.
/// </summary>
internal static class BenchStoreCommand
{
    public static Command Create(CliConsole console)
    {
        var source = new Option<string>("--source") { Description = "Folder of .txt files whose sentences are recombined", DefaultValueFactory = _ => "../shared/data/quotes/polnear" };
        var count = new Option<int>("--documents") { Description = "Documents to ingest", DefaultValueFactory = _ => 10_000 };
        var queries = new Option<int>("--queries") { Description = "Search queries to time", DefaultValueFactory = _ => 300 };
        var workers = new Option<int>("--workers") { Description = "Instead of ingesting in-line: queue the documents, then drain the queue with this many worker threads (each with its own connection)" };
        var parallel = new Option<int>("--parallel") { Description = "Documents analysed at once (default: one per processor)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var textOnly = new Option<bool>("--text-only") { Description = "Store the documents without analysing them (reports left empty): builds a large store for timing search quickly" };
        var jsonl = new Option<string?>("--jsonl") { Description = "Only write the generated documents to this JSON Lines file (input for timing `sitrep ingest`)" };
        var command = new Command("bench-store", "Measure ingest documents/s and search latency (p50/p99) of the store given by --db (default: a fresh temporary SQLite file).")
        {
            source, count, queries, workers, parallel, textOnly, jsonl,
        };
        command.SetAction(parse =>
        {
            var sentences = BenchDocuments.Sentences(parse.GetRequiredValue(source));
            var total = parse.GetValue(count);
            if (parse.GetValue(jsonl) is { } file)
            {
                console.Out.WriteLine($"wrote {BenchDocuments.WriteJsonLines(BenchDocuments.Generate(sentences, total), file):N0} documents to {file}");
                return ExitCodes.Ok;
            }

            var db = parse.GetValue(CorpusOptions.Db) ?? Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Guid.NewGuid():N}.db");
            using var store = CorpusStore.Open(db);
            if (parse.GetValue(workers) is > 0 and var threads)
            {
                WorkerBench.Run(console, store, db, BenchDocuments.Generate(sentences, total), threads);
            }
            else if (parse.GetValue(textOnly))
            {
                var clock = Stopwatch.StartNew();
                var stored = BenchDocuments.Generate(sentences, total).Count(item => store.Save(item.Document!, Unanalysed(item.Document!)));
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stored {stored:N0} documents without analysis in {clock.Elapsed.TotalSeconds:N1} s ({store.Backend})"));
            }
            else
            {
                Ingest(console, store, BenchDocuments.Generate(sentences, total), total, parse.GetValue(parallel));
            }

            BenchSearch.Run(console, store, sentences, parse.GetValue(queries));
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):N0} MB"));
            return ExitCodes.Ok;
        });
        return command;
    }

    // Prints the overall rate and the rate of each 1k-document window, so a slowdown with size shows.
    private static void Ingest(CliConsole console, ICorpusStore store, IEnumerable<ReadItem> items, int total, int parallel)
    {
        var ingestor = new Ingestor(store) { Parallelism = parallel };
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        var done = 0;
        ingestor.Run(items, (_, _) =>
        {
            done++;
            if (done % 1000 == 0 || done == total)
            {
                var window = clock.Elapsed - last;
                last = clock.Elapsed;
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"ingest: {done,7:N0} documents, {done / clock.Elapsed.TotalSeconds,6:N0} docs/s overall, {(done % 1000 == 0 ? 1000 : done % 1000) / window.TotalSeconds,6:N0} docs/s last window, load {Load()}"));
            }
        });
        if (total > 0)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest total: {total:N0} documents in {clock.Elapsed.TotalSeconds:N1} s ({total / clock.Elapsed.TotalSeconds:N0} docs/s, {store.Backend}, {parallel} analysing), incidents relinked"));
        }
    }

    // The machine is shared: each figure carries the 1-minute load average (Linux) it was measured under.
    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static Report Unanalysed(SourceDocument document) => new()
    {
        Document = new DocumentBlock
        {
            Id = Text.DocumentId.Of(document.Text), Source = document.Source, Length = document.Text.Length,
            Language = Text.LanguageDetector.Detect(document.Text),
            Published = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        },
    };
}
