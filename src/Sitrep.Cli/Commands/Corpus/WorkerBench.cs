using System.Diagnostics;
using System.Globalization;
using Sitrep.Corpus.Readers;
using Sitrep.Corpus.Store;

namespace Sitrep.Cli.Commands.Corpus;

/// <summary>The worker half of <c>bench-store</c>: queue documents, then time N workers draining the queue.</summary>
internal static class WorkerBench
{
    public static void Run(CliConsole console, ICorpusStore store, string db, IEnumerable<ReadItem> items, int threads)
    {
        var clock = Stopwatch.StartNew();
        var queued = items.Count(item => store.Enqueue(item.Document!));
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"queue: {queued:N0} documents in {clock.Elapsed.TotalSeconds:N1} s"));

        clock.Restart();
        var done = new int[threads];
        var refused = 0;
        var workers = Enumerable.Range(0, threads).Select(n => new Thread(() =>
        {
            using var own = CorpusStore.Open(db);
            var name = $"bench-{n}";
            while (own.Claim(name, 8, TimeSpan.FromMinutes(5)) is { Count: > 0 } batch)
            {
                foreach (var document in batch)
                {
                    if (own.Complete(name, document.Id, Analyzer.Default.Analyze(document.Text)))
                    {
                        done[n]++;
                    }
                    else
                    {
                        Interlocked.Increment(ref refused);
                    }
                }
            }
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
        var total = done.Sum();
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"workers: {threads} drained {total:N0} documents in {clock.Elapsed.TotalSeconds:N1} s ({total / clock.Elapsed.TotalSeconds:N0} docs/s; per worker {string.Join(", ", done)}; {refused} refused), {store.Backend}"));
    }
}
