using System.CommandLine;
using Sitrep.Evaluation.Articles;
using Sitrep.Evaluation.Scoring;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval articles</c>: whole-report quality on the conflict-news development set.</summary>
internal static class EvalArticlesCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static Command Create(CliConsole console, Option<string?> floors)
    {
        var paths = new Argument<string[]>("dir")
        {
            Description = "A language folder of ../shared/data/articles (en, uk, ru), or the articles folder itself for all three",
            DefaultValueFactory = _ => ["../shared/data/articles/en"],
        };
        var missesFile = new Option<string?>("--misses")
        {
            Description = "Write the misses (gold not found, spurious, wrong field or speaker, with evidence) to this file instead of standard output",
        };
        var command = new Command("articles", "Score quotes and violent events of whole reports on the articles development set: quote overlap F1, " +
            "speaker accuracy, event precision/recall, killed/injured/munitions/admin-1/country/weapon/target/scope on matched events, all fields right.\n\n" +
            "Examples:\n  sitrep eval articles ../shared/data/articles/en --floors eval/floors.json\n  sitrep eval articles ../shared/data/articles --misses /tmp/misses.txt")
        {
            paths, floors, missesFile,
        };
        command.SetAction(parse =>
        {
            var results = new List<MetricSet>();
            var misses = new List<string>();
            foreach (var directory in LanguageFolders(parse.GetRequiredValue(paths)))
            {
                var result = EvalCommand.ReadOrFail(() => ArticleEvaluation.Score(Analyzer.Default, directory));
                EvalCommand.Print(console, result.Metrics.Task, result.Metrics);
                results.Add(result.Metrics);
                misses.AddRange(result.Misses);
            }

            if (parse.GetValue(missesFile) is { } file)
            {
                File.WriteAllLines(file, misses);
                console.Out.WriteLine($"{misses.Count} misses written to {file}");
            }
            else
            {
                console.Out.WriteLine($"misses ({misses.Count}):");
                misses.ForEach(console.Out.WriteLine);
            }

            return EvalCommand.Gate(console, parse.GetValue(floors), results);
        });
        return command;
    }

    private static List<string> LanguageFolders(IEnumerable<string> paths)
    {
        var folders = new List<string>();
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                throw new CliException($"no such articles folder: '{path}'");
            }

            if (Directory.EnumerateFiles(path, "*.gold.json").Any())
            {
                folders.Add(path);
            }
            else
            {
                var languages = Directory.EnumerateDirectories(path).Where(d => Directory.EnumerateFiles(d, "*.gold.json").Any()).Order(StringComparer.Ordinal).ToList();
                folders.AddRange(languages.Count > 0 ? languages : throw new CliException($"'{path}' holds no *.gold.json files, nor language folders that do"));
            }
        }

        return folders;
    }
}
