using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Corpus.Ingest;
using Sitrep.Corpus.Readers;
using Sitrep.Corpus.Store;

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
        var command = new Command("bench-store", "Measure ingest documents/s and search latency (p50/p99) of the store given by --db (default: a fresh temporary SQLite file).")
        {
            source, count, queries, workers, parallel,
        };
        command.SetAction(parse =>
        {
            var sentences = Sentences(parse.GetRequiredValue(source));
            var db = parse.GetValue(CorpusOptions.Db) ?? Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Guid.NewGuid():N}.db");
            using var store = CorpusStore.Open(db);
            var total = parse.GetValue(count);
            if (parse.GetValue(workers) is > 0 and var threads)
            {
                WorkerBench.Run(console, store, db, Generate(sentences, total), threads);
                return ExitCodes.Ok;
            }

            var ingestor = new Ingestor(store) { Parallelism = parse.GetValue(parallel) };
            var clock = Stopwatch.StartNew();
            var last = TimeSpan.Zero;
            var done = 0;
            ingestor.Run(Generate(sentences, total), (_, _) =>
            {
                done++;
                if (done % 1000 == 0 || done == total)
                {
                    var window = clock.Elapsed - last;
                    last = clock.Elapsed;
                    console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"ingest: {done,7:N0} documents, {done / clock.Elapsed.TotalSeconds,6:N0} docs/s overall, {Math.Min(1000, done % 1000 == 0 ? 1000 : done % 1000) / window.TotalSeconds,6:N0} docs/s last window"));
                }
            });
            if (total > 0) console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest total: {total:N0} documents in {clock.Elapsed.TotalSeconds:N1} s ({total / clock.Elapsed.TotalSeconds:N0} docs/s, {store.Backend})"));

            var random = new Random(7);
            var words = sentences.SelectMany(s => s.Split(' ')).Where(w => w.Length > 5 && w.All(char.IsLetter)).Distinct().ToArray();
            var timings = new List<double>();
            for (var i = 0; i < parse.GetValue(queries); i++)
            {
                var query = i % 2 == 0 ? words[random.Next(words.Length)] : words[random.Next(words.Length)] + " " + words[random.Next(words.Length)];
                var watch = Stopwatch.StartNew();
                store.Search(query, 20);
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }

            timings.Sort();
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"search over {store.Counts().Documents:N0} documents: p50 {timings[timings.Count / 2]:N1} ms, p99 {timings[(int)(timings.Count * 0.99)]:N1} ms, max {timings[^1]:N1} ms"));
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):N0} MB"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string[] Sentences(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new CliException($"--source folder '{folder}' does not exist");
        }

        return Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length > 40).Select(s => s + ".").ToArray();
    }

    // Distinct documents: each draws 40 sentences with its own seed, and paragraphs every five sentences.
    private static IEnumerable<ReadItem> Generate(string[] sentences, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var random = new Random(i);
            var picked = Enumerable.Range(0, 40).Select(k => sentences[random.Next(sentences.Length)] + (k % 5 == 4 ? "\n\n" : " "));
            yield return ReadItem.Ok(new SourceDocument { Text = string.Concat(picked).Trim(), Source = $"bench/{i}.txt", Published = new DateOnly(2026, 1, 1).AddDays(i % 365) });
        }
    }
}
