using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Evaluation.Geo;
using Sitrep.Evaluation.Scoring;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval geo</c>: geoparsing quality on TR-News, GeoWebNews, LGL and GeoVirus.</summary>
internal static class GeoEvalCommand
{
    private static readonly string[] Corpora = ["trnews", "geowebnews", "lgl", "geovirus"];

    /// <summary>Builds the subcommand.</summary>
    public static Command Create(CliConsole console, Option<string?> floors)
    {
        var root = new Argument<string>("data")
        {
            Description = "Folder holding trnews/, geowebnews/, lgl/ and geovirus/ with docs.jsonl each",
            DefaultValueFactory = _ => "../shared/data/geo",
        };
        var misses = new Option<string?>("--misses") { Description = "Write every toponym resolved 161 km or more off to this TSV file" };
        var command = new Command("geo", "Score place resolution (acc@161 km, country, admin-1, with gold spans) and toponym recognition (P/R/F1).\n\n" +
            "Example:\n  sitrep eval geo ../shared/data/geo --floors eval/floors.json")
        {
            root, floors, misses,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetRequiredValue(root);
            var metrics = new MetricSet(GeoEvaluation.Task);
            using var missFile = OutputSink.OpenOptional(parse.GetValue(misses));
            foreach (var corpus in Corpora)
            {
                var path = Path.Combine(folder, corpus, "docs.jsonl");
                if (!File.Exists(path))
                {
                    throw new CliException($"no such gold file: '{path}'");
                }

                var documents = EvalCommand.ReadOrFail(() => GeoGold.Read(path));

                GeoEvaluation.Score(corpus, documents, Analyzer.Default, metrics, missFile?.Writer);
            }

            EvalCommand.Print(console, "geo", metrics);
            return EvalCommand.Gate(console, parse.GetValue(floors), [metrics]);
        });
        return command;
    }
}
