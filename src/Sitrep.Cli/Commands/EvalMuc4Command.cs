using System.CommandLine;
using Sitrep.Evaluation.Muc4;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval muc4</c>: MUC-4 role fillers (weapon, physical target, perpetrator organisation).</summary>
internal static class EvalMuc4Command
{
    /// <summary>Builds the subcommand.</summary>
    public static Command Create(CliConsole console, Option<string?> floors)
    {
        var path = new Argument<string>("json")
        {
            Description = "A MUC-4 role-filler file in GRIT format",
            DefaultValueFactory = _ => "../shared/data/events/muc4/dev.json",
        };
        var command = new Command("muc4", "Score role fillers on MUC-4 (weapon, physical target, perpetrator organisation).\n\n" +
            "Example:\n  sitrep eval muc4 ../shared/data/events/muc4/dev.json")
        {
            path, floors,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetRequiredValue(path);
            if (!File.Exists(file))
            {
                throw new CliException($"no such file: '{file}'");
            }

            IReadOnlyList<Muc4Evaluation.Doc> docs = EvalCommand.ReadOrFail(() => Muc4Evaluation.Read(file));

            var metrics = Muc4Evaluation.Score(Analyzer.Default, docs);
            EvalCommand.Print(console, Path.GetFileName(file), metrics);
            return EvalCommand.Gate(console, parse.GetValue(floors), [metrics]);
        });
        return command;
    }
}
