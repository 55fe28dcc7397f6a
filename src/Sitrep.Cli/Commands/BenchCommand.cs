using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Cli.Inputs;
using Sitrep.Text;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep bench DIR</c>: throughput of the whole pipeline (and of the text stage alone) over a folder
/// of plain-text documents on one thread, then time and allocations per stage (<see cref="StageProfile"/>),
/// plus peak memory. A benchmark, never a test.
/// </summary>
public static class BenchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Text files or directories of .txt files to analyze",
            Arity = ArgumentArity.OneOrMore,
        };
        var seconds = new Option<double>("--seconds")
        {
            Description = "Minimum measuring time per measurement, after one warm-up pass",
            DefaultValueFactory = _ => 5,
        };
        var command = new Command("bench", "Measure tokens/s, characters/s and documents/s of the engine on one core, and time and allocations per stage.\n\n" +
            "Example:\n  sitrep bench examples --seconds 10")
        {
            inputs, seconds,
        };
        command.SetAction(parse => Run(console, parse.GetRequiredValue(inputs), parse.GetValue(seconds)));
        return command;
    }

    private static int Run(CliConsole console, string[] inputs, double seconds)
    {
        var texts = InputCollector.Expand(inputs)
            .Select(source => InputCollector.Read(source, console.OpenInput, InputCollector.DefaultMaxBytes))
            .Where(input => input.Text is not null)
            .Select(input => input.Text!)
            .ToList();
        if (texts.Count == 0)
        {
            throw new CliException("no readable documents to measure");
        }

        var characters = texts.Sum(t => (long)t.Length);
        var tokens = texts.Sum(t => (long)Tokenizer.Tokenize(t).Length);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {texts.Count:N0} documents, {tokens:N0} tokens, {characters:N0} characters"));

        // Wall time counts other processes' load too; CPU time is the load's own cost.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var load = Stopwatch.StartNew();
        var entries = Sitrep.Places.GazetteerInfo.LoadUncached();
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gazetteer load (first, cold): {load.Elapsed.TotalMilliseconds:0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU, {entries:N0} entries"));
        Report(console, "text stage (tokenize + split)", Measure(texts, seconds, t => SentenceSplitter.Split(t, Tokenizer.Tokenize(t))), texts.Count, tokens, characters);
        Report(console, "whole pipeline", Measure(texts, seconds, t => Analyzer.Default.Analyze(t)), texts.Count, tokens, characters);
        StageProfile.Run(console.Out, Analyzer.Default.Pipeline, texts, seconds);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):0} MB"));
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Passes over the corpus per second of wall time and per second of this process's CPU time, after a
    /// warm-up pass. On a shared machine the CPU figure is the steadier one: waiting for a core is not counted.
    /// </summary>
    private static (double Wall, double Cpu) Measure(List<string> texts, double seconds, Func<string, object> work)
    {
        foreach (var text in texts)
        {
            GC.KeepAlive(work(text));
        }

        var passes = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        do
        {
            foreach (var text in texts)
            {
                GC.KeepAlive(work(text));
            }

            passes++;
        }
        while (clock.Elapsed.TotalSeconds < seconds);
        var wall = clock.Elapsed.TotalSeconds;
        return (passes / wall, passes / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    private static void Report(CliConsole console, string what, (double Wall, double Cpu) passesPerSecond, int documents, long tokens, long characters) =>
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {passesPerSecond.Wall * tokens:N0} tokens/s, {passesPerSecond.Wall * characters:N0} characters/s, {passesPerSecond.Wall * documents:N0} documents/s; per CPU second: {passesPerSecond.Cpu * characters:N0} characters/s"));
}
