using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Output;
using Sitrep.Evaluation.Plover;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval plover</c>: PLOVER categories, actors and targets on the PLOVER gold-standard records.</summary>
internal static class EvalPloverCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static Command Create(CliConsole console, Option<string?> floors)
    {
        var path = new Argument<string>("json")
        {
            Description = "The PLOVER gold-standard records (a JSON array: id, event, text, source[], target[])",
            DefaultValueFactory = _ => "../shared/data/events/plover-gsr/dev.json",
        };
        var errors = new Option<string?>("--errors")
        {
            Description = "Write every record whose category, actor country or target country is wrong, with its text, to this file",
        };
        var command = new Command("plover", "Score PLOVER event coding on the PLOVER gold-standard sentences: accuracy and macro F1 over the " +
            "16 current categories (2016 names mapped: DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->ACCUSE, FIGHT->ASSAULT), F1 per category, " +
            "and actor/target country accuracy on the records where an event was found.\n\n" +
            "Example:\n  sitrep eval plover ../shared/data/events/plover-gsr/dev.json --errors plover-misses.txt --floors eval/floors.json")
        {
            path, errors, floors,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetRequiredValue(path);
            if (!File.Exists(file))
            {
                throw new CliException($"no such file: '{file}'");
            }

            var records = EvalCommand.ReadOrFail(() => PloverGold.Read(file));
            using var errorFile = OutputSink.OpenOptional(parse.GetValue(errors));
            var metrics = PloverEvaluation.Score(Analyzer.Default, records, errorFile?.Writer);
            EvalCommand.Print(console, string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)} ({records.Count} records)"), metrics);
            return EvalCommand.Gate(console, parse.GetValue(floors), [metrics]);
        });
        return command;
    }
}
