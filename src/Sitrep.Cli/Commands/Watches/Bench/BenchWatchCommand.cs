using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Cli.Commands.Corpus;
using Sitrep.Corpus.Readers;
using Sitrep.Corpus.Store;
using Sitrep.Corpus.Watches;
using Sitrep.Corpus.Watches.Delivery;
using Sitrep.Reporting;

namespace Sitrep.Cli.Commands.Watches.Bench;

/// <summary>
/// <c>sitrep bench-watch</c>: the watch targets. (1) the cost of evaluating N watches per stored document
/// (store time with the watches minus store time without, same pre-analysed documents written to both stores
/// alternately, on the wall clock and as the thread's CPU time, which the machine's other load does not inflate); (2) latency from a
/// document stored to its notification received by a webhook (Kestrel on 127.0.0.1), with an in-process
/// deliverer polling the outbox; (3) optionally the kill -9 drill, R times. A benchmark, never a test.
/// </summary>
internal static class BenchWatchCommand
{
    public static Command Create(CliConsole console)
    {
        var documents = new Option<int>("--documents") { Description = "Documents stored (each a new incident)", DefaultValueFactory = _ => 1000 };
        var watches = new Option<int>("--watches") { Description = "Watches in the store (random filters; one matches every incident and has the webhook)", DefaultValueFactory = _ => 1000 };
        var crashRuns = new Option<int>("--crash-runs") { Description = "Also run the kill -9 drill this many times (child processes, 20 documents each)" };
        var warmup = new Option<int>("--warmup") { Description = "Documents first stored into a throwaway pair of stores, untimed, so the code is compiled as in a long-running ingest", DefaultValueFactory = _ => 100 };
        var poll = new Option<double>("--poll") { Description = "Seconds between the deliverer's looks at the outbox", DefaultValueFactory = _ => 0.25 };
        var command = new Command("bench-watch", "Measure watch evaluation per stored document (wall and CPU ms), new incident → webhook latency (p50/p99) and, with --crash-runs, notifications lost/duplicated under kill -9. " +
            "Stores are temporary SQLite files unless --db names a PostgreSQL database (each store then gets its own schema).")
        {
            documents, watches, crashRuns, warmup, poll,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "sitrep-bench-watch-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var stores = new BenchStores(parse.GetValue(CorpusOptions.Db), folder);
            try
            {
                console.Out.WriteLine($"load average {Load()}; backend {stores.Backend}");
                var prepared = Prepare(parse.GetValue(documents));
                await using var receiver = await WebhookReceiver.StartAsync().ConfigureAwait(false);
                // Evaluation cost: the same documents into a store without watches and one with them, nothing delivering
                // meanwhile, written alternately so that whatever else loads the machine weighs on both alike.
                // Untimed first: the JIT compiles the hot paths at its higher tier only after they ran a while.
                using (var warmPlain = stores.Next())
                using (var warmWatched = stores.Next())
                {
                    AddWatches((IWatchStore)warmWatched, parse.GetValue(watches), receiver.Url);
                    StorePaired(warmPlain, warmWatched, prepared.Take(parse.GetValue(warmup)).ToList());
                }

                using var plain = stores.Next();
                using var evaluated = stores.Next();
                AddWatches((IWatchStore)evaluated, parse.GetValue(watches), receiver.Url);
                var (baseline, watched) = StorePaired(plain, evaluated, prepared);
                var notified = Notified(evaluated) / (double)prepared.Count;
                // Latency: a fresh store with the same watches while a deliverer polls the outbox.
                using var store = stores.Next();
                AddWatches((IWatchStore)store, parse.GetValue(watches), receiver.Url);
                using var http = new HttpClient();
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var deliverer = new OutboxDispatcher((IWatchStore)store, new WebhookSender(http), null).RunAsync(TimeSpan.FromSeconds(parse.GetValue(poll)), stop.Token);
                var stored = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
                Store(store, prepared, stored);
                var latencies = await Latencies(receiver, stored, prepared.Count, cancellationToken).ConfigureAwait(false);
                await stop.CancelAsync().ConfigureAwait(false);
                await Task.WhenAny(deliverer).ConfigureAwait(false);

                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"store per document: {baseline.Mean:N2} ms without watches, {watched.Mean:N2} ms with {parse.GetValue(watches):N0} (p99 {baseline.P99:N2} / {watched.P99:N2} ms; CPU {baseline.Cpu:N2} / {watched.Cpu:N2} ms)"));
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"watch evaluation per stored document: {watched.Mean - baseline.Mean:N2} ms wall, {watched.Cpu - baseline.Cpu:N2} ms CPU ({parse.GetValue(watches):N0} watches, {notified:N1} notifications written per document; difference of the means, stores written alternately)"));
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"stored → webhook received: p50 {Percentile(latencies, 0.50):N0} ms, p99 {Percentile(latencies, 0.99):N0} ms, max {latencies.DefaultIfEmpty().Max():N0} ms over {latencies.Count:N0} of {prepared.Count:N0} notifications; load average {Load()}"));
                for (var run = 0; run < parse.GetValue(crashRuns); run++)
                {
                    var outcome = await new CrashDrill(stores.NextDb(), folder, 20, new Random(run)).RunAsync(cancellationToken).ConfigureAwait(false);
                    console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"crash run {run + 1}: {outcome.Kills} kills, {outcome.Notifications}/{outcome.Expected} notifications, lost {outcome.Lost}, duplicated {outcome.Duplicated}, redelivered after a crash {outcome.Redelivered}"));
                }
            }
            finally
            {
                stores.Dispose();
                Directory.Delete(folder, recursive: true);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<(SourceDocument Document, Report Report)> Prepare(int count) =>
        Enumerable.Range(0, count).AsParallel().AsOrdered()
            .Select(i => JsonLinesReader.ReadLine(WatchDocuments.JsonLine(i), $"bench:{i}").Document!)
            .Select(d => (d, Analyzer.Default.Analyze(d.Text, d.ToInfo())))
            .ToList();

    // Stores every document, timing each Save; `stored` records when each was stored (for the latency run).
    private static void Store(ICorpusStore store, List<(SourceDocument Document, Report Report)> prepared, ConcurrentDictionary<string, DateTimeOffset> stored)
    {
        foreach (var (document, report) in prepared)
        {
            store.Save(document, report);
            stored.TryAdd(report.Document.Id, DateTimeOffset.UtcNow);
        }
    }

    // Each document into one store and then the other, timing each Save on the wall clock and the thread's CPU
    // clock (Save runs on the calling thread, SQLite's native work included).
    private static ((double Mean, double P99, double Cpu) Plain, (double Mean, double P99, double Cpu) Watched) StorePaired(
        ICorpusStore plain, ICorpusStore watched, List<(SourceDocument Document, Report Report)> prepared)
    {
        if (prepared.Count == 0)
        {
            return default;
        }

        var times = (Plain: new List<double>(prepared.Count), Watched: new List<double>(prepared.Count));
        var cpu = (Plain: 0.0, Watched: 0.0);
        foreach (var (document, report) in prepared)
        {
            var (wall, used) = Timed(plain, document, report);
            times.Plain.Add(wall);
            cpu.Plain += used;
            (wall, used) = Timed(watched, document, report);
            times.Watched.Add(wall);
            cpu.Watched += used;
        }

        return ((times.Plain.Average(), Percentile(times.Plain, 0.99), cpu.Plain / prepared.Count),
            (times.Watched.Average(), Percentile(times.Watched, 0.99), cpu.Watched / prepared.Count));
    }

    private static (double Wall, double Cpu) Timed(ICorpusStore store, SourceDocument document, Report report)
    {
        var cpu = ThreadCpu.Milliseconds();
        var clock = Stopwatch.StartNew();
        store.Save(document, report);
        var wall = clock.Elapsed.TotalMilliseconds;
        return (wall, ThreadCpu.Milliseconds() - cpu);
    }

    // Random filters spread as an analysts' desk might set them: regions, points, types and actors, words; each
    // matches a small share of the benchmark's incidents, and "all" (the one with the webhook) matches every one.
    private static void AddWatches(IWatchStore store, int count, string webhook)
    {
        var random = new Random(1000);
        string[] regions = ["Sumy Oblast", "Kharkiv Oblast", "Donetsk Oblast", "Kherson Oblast", "Dnipropetrovsk Oblast", "Lviv Oblast", "Odesa Oblast",
            "Kyiv Oblast", "Zaporizhzhia Oblast", "Mykolaiv Oblast", "Chernihiv Oblast", "Poltava Oblast", "Belgorod Oblast", "Kursk Oblast",
            "Aleppo", "Idlib", "Gaza", "Khartoum", "North Darfur", "Borno", "Ituri", "North Kivu", "Rakhine", "Sagaing", "Mogadishu"];
        string[] types = ["Air/drone strike", "Shelling/artillery/missile attack", "Armed clash", "Attack", "Remote explosive/landmine/IED", "Abduction/forced disappearance"];
        string[] actors = ["Russia", "Ukraine", "Hamas", "Israel", "RSF", "Boko Haram", "M23", "al-Shabaab", "Arakan Army", "Wagner"];
        string[] words = ["regional governor", "grain terminal", "ceasefire talks", "power plant", "hospital", "school", "railway station", "dam", "bridge", "refinery"];
        string[] countries = ["UA", "RU", "SY", "PS", "SD", "NG", "CD", "MM", "SO", "IL"];
        store.AddWatch(new Watch { Name = "all", Webhook = webhook });
        for (var i = 1; i < count; i++)
        {
            var watch = new Watch { Name = "w" + i.ToString(CultureInfo.InvariantCulture) };
            switch (i % 4)
            {
                case 0: watch.Admin1 = regions[random.Next(regions.Length)]; watch.MinKilled = random.Next(1, 12); break;
                case 1: watch.Lat = 30 + random.NextDouble() * 25; watch.Lon = 20 + random.NextDouble() * 30; watch.RadiusKm = random.Next(5, 60); break;
                case 2: watch.Type = types[random.Next(types.Length)]; watch.Actor = actors[random.Next(actors.Length)]; break;
                default: watch.Words = words[random.Next(words.Length)]; watch.Country = countries[random.Next(countries.Length)]; break;
            }

            store.AddWatch(watch);
        }
    }

    private static async Task<List<double>> Latencies(WebhookReceiver receiver, ConcurrentDictionary<string, DateTimeOffset> stored, int expected, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (receiver.Received.Count < expected && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        return receiver.Received
            .Select(r => (r, System.Text.Json.JsonSerializer.Deserialize(r.Body, WatchJsonContext.Default.Notification)!))
            .Where(x => x.Item2.Kind == NotificationKinds.New && stored.ContainsKey(x.Item2.Incident.Sources[0].DocumentId))
            .Select(x => (x.r.At - stored[x.Item2.Incident.Sources[0].DocumentId]).TotalMilliseconds)
            .ToList();
    }

    private static long Notified(ICorpusStore store) =>
        ((IWatchStore)store).Watches().Sum(w => (long)((IWatchStore)store).Notifications(w.Name, int.MaxValue).Count);

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
