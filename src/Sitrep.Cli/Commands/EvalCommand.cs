using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Inputs;
using Sitrep.Evaluation;
using Sitrep.Evaluation.Scoring;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval TASK</c>: measures extraction quality against gold annotations.</summary>
public static class EvalCommand
{
    /// <summary>Builds the command and its tasks.</summary>
    public static Command Create(CliConsole console)
    {
        var floors = new Option<string?>("--floors")
        {
            Description = "JSON file of minimum values per task and metric; exit 1 when a metric falls below its floor",
        };
        var command = new Command("eval", "Measure extraction quality against gold annotations (read at run time, never shipped).")
        {
            Example(console, floors),
            EvalNerCommand.Create(console, floors),
            EvalCaseCommand.Create(console, floors),
            EvalMuc4Command.Create(console, floors),
            EvalPolnearCommand.Create(console, floors),
            EvalArticlesCommand.Create(console, floors),
            GeoEvalCommand.Create(console, floors),
        };
        return command;
    }

    private static Command Example(CliConsole console, Option<string?> floors)
    {
        var paths = new Argument<string[]>("gold")
        {
            Description = "Gold files (*.gold.json, the article *.txt beside each) or directories holding them",
            DefaultValueFactory = _ => ["../shared/examples"],
        };
        var command = new Command("example", "Score the hand-annotated example articles: sentences, quotes and speakers, events, entities.\n\n" +
            "Example:\n  sitrep eval example ../shared/examples --floors eval/floors.json")
        {
            paths, floors,
        };
        command.SetAction(parse =>
        {
            var results = new List<MetricSet>();
            foreach (var gold in GoldFiles(parse.GetRequiredValue(paths)))
            {
                var text = ReadArticle(gold, console);
                var metrics = ExampleEvaluation.Score(Analyzer.Default, ReadGold(gold), text, gold);
                Print(console, Path.GetFileName(gold), metrics);
                results.Add(metrics);
            }

            return Gate(console, parse.GetValue(floors), results);
        });
        return command;
    }

    /// <summary>Checks <paramref name="results"/> against a floors file; prints each failure.</summary>
    internal static int Gate(CliConsole console, string? floorsPath, IEnumerable<MetricSet> results)
    {
        if (floorsPath is null)
        {
            return ExitCodes.Ok;
        }

        if (!File.Exists(floorsPath))
        {
            throw new CliException($"no such floors file: '{floorsPath}'");
        }

        var floors = ReadOrFail(() => Floors.Read(floorsPath));
        var failures = results.SelectMany(floors.Check).ToList();
        foreach (var failure in failures)
        {
            console.Fail(failure, ExitCodes.Failed);
        }

        console.Out.WriteLine(failures.Count == 0 ? "quality gate: every metric at or above its floor" : $"quality gate: {failures.Count} metric(s) below floor");
        return failures.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    /// <summary>Prints a metric table.</summary>
    internal static void Print(CliConsole console, string title, MetricSet metrics)
    {
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(title));
        table.AddColumn("metric");
        table.AddColumn(new TableColumn("value").RightAligned());
        table.AddColumn("counts");
        foreach (var metric in metrics.Metrics)
        {
            table.AddRow(new Spectre.Console.Text(metric.Name), new Spectre.Console.Text(metric.Value.ToString("0.000", CultureInfo.InvariantCulture)), new Spectre.Console.Text(metric.Detail));
        }

        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        ansi.Profile.Width = 120;
        ansi.Write(table);
    }

    private static List<string> GoldFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.gold.json").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new CliException($"no such gold file or directory: '{path}'");
            }
        }

        return files.Count > 0 ? files : throw new CliException("no *.gold.json files found");
    }

    private static string ReadArticle(string goldPath, CliConsole console)
    {
        var articlePath = goldPath[..^".gold.json".Length] + ".txt";
        if (!File.Exists(articlePath))
        {
            throw new CliException($"{goldPath}: the article '{articlePath}' is missing");
        }

        var input = InputCollector.Read(articlePath, console.OpenInput, InputCollector.DefaultMaxBytes);
        return input.Text ?? throw new CliException($"{articlePath}: {input.Error}");
    }

    private static Sitrep.Evaluation.Gold.GoldExample ReadGold(string path) => ReadOrFail(() => ExampleEvaluation.ReadGold(path));

    /// <summary>Runs a gold or floors reader, turning unreadable data into a one-line CLI error.</summary>
    internal static T ReadOrFail<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InvalidDataException e)
        {
            throw new CliException(e.Message);
        }
    }
}
