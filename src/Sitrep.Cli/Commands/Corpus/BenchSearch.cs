using System.Diagnostics;
using System.Globalization;
using Sitrep.Corpus.Store;

namespace Sitrep.Cli.Commands.Corpus;

/// <summary>The search half of <c>bench-store</c>: one- and two-word queries drawn from the source sentences, p50/p99.</summary>
internal static class BenchSearch
{
    public static void Run(CliConsole console, ICorpusStore store, string[] sentences, int queries)
    {
        if (queries <= 0)
        {
            return;
        }

        var random = new Random(7);
        var words = sentences.SelectMany(s => s.Split(' ')).Where(w => w.Length > 5 && w.All(char.IsLetter)).Distinct().ToArray();
        store.Search(words[0], 20); // first query opens the connection pool and warms the caches
        var timings = new List<double>();
        for (var i = 0; i < queries; i++)
        {
            var query = i % 2 == 0 ? words[random.Next(words.Length)] : words[random.Next(words.Length)] + " " + words[random.Next(words.Length)];
            var watch = Stopwatch.StartNew();
            store.Search(query, 20);
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search over {store.Counts().Documents:N0} documents ({store.Backend}, {queries} queries): p50 {timings[timings.Count / 2]:N1} ms, p99 {timings[(int)(timings.Count * 0.99)]:N1} ms, max {timings[^1]:N1} ms"));
    }
}
