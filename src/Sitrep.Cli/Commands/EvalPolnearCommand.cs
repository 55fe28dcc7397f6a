using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Cli.Output;
using Sitrep.Evaluation.Polnear;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval polnear</c>: quotes, cues and sources against PolNeAR (read at run time, never shipped).</summary>
public static class EvalPolnearCommand
{
    /// <summary>Builds the task.</summary>
    public static Command Create(CliConsole console, Option<string?> floors)
    {
        var directory = new Argument<string>("directory")
        {
            Description = "The PolNeAR folder (holding train/ and dev/)",
            DefaultValueFactory = _ => "../shared/data/quotes/polnear",
        };
        var split = new Option<string>("--split")
        {
            Description = "Which split to score",
            DefaultValueFactory = _ => "dev",
        };
        var errors = new Option<string?>("--errors")
        {
            Description = "Write each direct-quote miss and false alarm, and each missed cue, with its text, to this file (for error analysis)",
        };
        var command = new Command("polnear", "Score quotes on PolNeAR: direct and all-kinds content F1 (overlap and exact), cue F1, " +
            "source accuracy, by kind, by source form and on the speech-cue subset.\n\n" +
            "Example:\n  sitrep eval polnear ../shared/data/quotes/polnear --floors eval/floors.json")
        {
            directory, split, errors, floors,
        };
        command.SetAction(parse =>
        {
            var path = Path.Combine(parse.GetRequiredValue(directory), parse.GetRequiredValue(split));
            List<PolnearArticle> articles = EvalCommand.ReadOrFail(() => PolnearGold.Read(path));

            var clock = Stopwatch.StartNew();
            using var errorFile = OutputSink.OpenOptional(parse.GetValue(errors));
            var metrics = PolnearEvaluation.Score(Analyzer.Default, articles, errorFile?.Writer);
            EvalCommand.Print(console, string.Create(CultureInfo.InvariantCulture, $"PolNeAR {parse.GetRequiredValue(split)} ({articles.Count} articles, {clock.Elapsed.TotalSeconds:0.0} s)"), metrics);
            return EvalCommand.Gate(console, parse.GetValue(floors), [metrics]);
        });
        return command;
    }
}
