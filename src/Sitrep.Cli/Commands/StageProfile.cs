using System.Diagnostics;
using System.Globalization;
using Sitrep.Pipeline;
using Sitrep.Reporting;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Time and allocations of each pipeline stage, plus building the report and writing its JSON, over a
/// corpus on one thread: every document runs through the stages one by one with a clock and the
/// thread's allocation counter read around each, so the rows add up to what <c>extract</c> pays per
/// document after start-up. Shows where a speed-up can come from before anything is changed.
/// </summary>
internal static class StageProfile
{
    private const string ReportRow = "report (ToReport)";
    private const string JsonRow = "json (serialize)";

    /// <summary>Measures for at least <paramref name="seconds"/> after one warm-up pass and prints one row per stage.</summary>
    public static void Run(TextWriter output, SitrepPipeline pipeline, IReadOnlyList<string> texts, double seconds)
    {
        var names = pipeline.Stages.Select(s => s.Name).Append(ReportRow).Append(JsonRow).ToArray();
        var ticks = new long[names.Length];
        var bytes = new long[names.Length];
        Pass(pipeline, texts, ticks, bytes);
        Array.Clear(ticks);
        Array.Clear(bytes);

        var passes = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            Pass(pipeline, texts, ticks, bytes);
            passes++;
        }
        while (clock.Elapsed.TotalSeconds < seconds);

        var characters = texts.Sum(t => (long)t.Length);
        var total = ticks.Sum();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stage profile ({passes} passes, one thread):"));
        output.WriteLine("  stage                  ms/pass   share   characters/s   allocated/pass   bytes/char");
        for (var i = 0; i < names.Length; i++)
        {
            Row(output, names[i], ticks[i], bytes[i], passes, characters, total);
        }

        Row(output, "all", total, bytes.Sum(), passes, characters, total);
        HotFunctions(output, pipeline, texts, passes, characters, total);
    }

    // The parts of the costliest stages, timed alone over the same documents (found with a sampling profile:
    // perf with DOTNET_PerfMapEnabled=1): the entities stage step by step in its own order (the NER tagger,
    // then each resolver on what the earlier ones built), the gazetteer match inside places, the lower-cased
    // word table the events readers share. Rows are parts of the stage rows above, not added to them.
    private static void HotFunctions(TextWriter output, SitrepPipeline pipeline, IReadOnlyList<string> texts, int passes, long characters, long total)
    {
        var documents = texts.Select(text =>
        {
            var document = new Document(text);
            pipeline.Stages[0].Process(document, CancellationToken.None);
            return document;
        }).ToList();
        (string Name, Action<Sitrep.Entities.Resolution.EntityContext> Step)[] entitySteps =
        [
            ("  NER tagging", c => Sitrep.Entities.Resolution.NameTagging.Run(c, Sitrep.Entities.Ner.NerModel.Default)),
            ("  organizations", Sitrep.Entities.Resolution.OrganizationResolver.Run),
            ("  persons", Sitrep.Entities.Resolution.PersonResolver.Run),
            ("  nominals", Sitrep.Entities.Resolution.NominalResolver.Run),
            ("  actors", Sitrep.Entities.Resolution.ActorResolver.Run),
            ("  pronouns", Sitrep.Entities.Resolution.PronounResolver.Run),
        ];
        (string Name, Action<Document> Work)[] functions =
        [
            ("  toponym matching", d => GC.KeepAlive(new Sitrep.Places.ToponymRecognizer(Sitrep.Places.Gazetteer.Shared).Find(d))),
            ("  event words", d => GC.KeepAlive(new Sitrep.Events.Words(d))),
        ];
        output.WriteLine("hot functions (parts of the stages above):");
        var ticks = new long[entitySteps.Length + functions.Length + 1];
        var bytes = new long[ticks.Length];
        for (var pass = 0; pass <= passes; pass++)
        {
            // The first pass warms up and is not counted.
            var counted = pass > 0;
            foreach (var document in documents)
            {
                var (ct, cb) = Start();
                var context = new Sitrep.Entities.Resolution.EntityContext(document);
                Stop(counted ? ticks.Length - 1 : -1, ct, cb, ticks, bytes);
                for (var i = 0; i < entitySteps.Length; i++)
                {
                    var (t, b) = Start();
                    entitySteps[i].Step(context);
                    Stop(counted ? i : -1, t, b, ticks, bytes);
                }

                for (var i = 0; i < functions.Length; i++)
                {
                    var (t, b) = Start();
                    functions[i].Work(document);
                    Stop(counted ? entitySteps.Length + i : -1, t, b, ticks, bytes);
                }
            }
        }

        var names = entitySteps.Select(s => s.Name).Concat(functions.Select(f => f.Name)).Append("  entity context").ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            Row(output, names[i], ticks[i], bytes[i], passes, characters, total);
        }
    }

    private static void Row(TextWriter output, string name, long ticks, long bytes, int passes, long characters, long total)
    {
        var seconds = ticks / (double)Stopwatch.Frequency / passes;
        var allocated = bytes / (double)passes;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-20} {seconds * 1000,9:N1} {100.0 * ticks / Math.Max(1, total),6:0.0}% {characters / Math.Max(seconds, 1e-9),14:N0} {allocated / (1024 * 1024),13:N1} MB {allocated / characters,11:N1}"));
    }

    private static void Pass(SitrepPipeline pipeline, IReadOnlyList<string> texts, long[] ticks, long[] bytes)
    {
        var stages = pipeline.Stages;
        foreach (var text in texts)
        {
            var document = new Document(text);
            for (var i = 0; i < stages.Length; i++)
            {
                var (t, b) = Start();
                stages[i].Process(document, CancellationToken.None);
                Stop(i, t, b, ticks, bytes);
            }

            var (rt, rb) = Start();
            var report = Analyzer.ToReport(document);
            Stop(stages.Length, rt, rb, ticks, bytes);

            var (jt, jb) = Start();
            GC.KeepAlive(ReportJson.Serialize(report));
            Stop(stages.Length + 1, jt, jb, ticks, bytes);
        }
    }

    private static (long Ticks, long Bytes) Start() => (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());

    private static void Stop(int row, long startTicks, long startBytes, long[] ticks, long[] bytes)
    {
        if (row < 0)
        {
            return;
        }

        ticks[row] += Stopwatch.GetTimestamp() - startTicks;
        bytes[row] += GC.GetAllocatedBytesForCurrentThread() - startBytes;
    }
}
