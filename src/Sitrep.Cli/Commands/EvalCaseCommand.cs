using System.CommandLine;
using Sitrep.Evaluation.Case;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval case</c>: CASE 2021 task 2, ACLED sub-event classification of snippets.</summary>
internal static class EvalCaseCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static Command Create(CliConsole console, Option<string?> floors)
    {
        var path = new Argument<string>("tsv")
        {
            Description = "The CASE 2021 task 2 TSV (id, EventSnippet, SubType)",
            DefaultValueFactory = _ => "../shared/data/events/case2021-task2/dev.tsv",
        };
        var command = new Command("case", "Score ACLED sub-event typing on CASE 2021 task 2 snippets: weighted F1 over the 25 ACLED classes.\n\n" +
            "Example:\n  sitrep eval case ../shared/data/events/case2021-task2/dev.tsv --floors eval/floors.json")
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

            IReadOnlyList<(string Text, string Label)> rows = EvalCommand.ReadOrFail(() => CaseEvaluation.Read(file));

            var (metrics, _) = CaseEvaluation.Score(Analyzer.Default, rows);
            EvalCommand.Print(console, Path.GetFileName(file), metrics);
            return EvalCommand.Gate(console, parse.GetValue(floors), [metrics]);
        });
        return command;
    }
}
