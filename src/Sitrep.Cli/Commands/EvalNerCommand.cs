using System.CommandLine;
using Sitrep.Entities.Ner;
using Sitrep.Evaluation.Ner;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval ner</c>: exact-span NER scores on GMB dev, GUM dev and UNER dev.</summary>
internal static class EvalNerCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static Command Create(CliConsole console, Option<string?> floors)
    {
        var data = new Argument<string>("data") { Description = "Folder holding gmb/, gum/, uner-en/", DefaultValueFactory = _ => "../shared/data/ner" };
        var model = new Option<string?>("--model") { Description = "A model file to score instead of the embedded one" };
        var command = new Command("ner", "Score the NER model: exact-span micro P/R/F1 per type and overall on GMB dev, GUM dev, UNER dev.\n\n" +
            "Example:\n  sitrep eval ner ../shared/data/ner --floors eval/floors.json")
        {
            data, model, floors,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(model);
            NerModel loaded;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                loaded = path is null ? NerModel.Default : NerModel.Load(File.ReadAllBytes(path), path);
            }
            catch (Exception e) when (e is NerModelException or IOException)
            {
                throw new CliException(e.Message, ExitCodes.Failed);
            }

            var loadMs = watch.Elapsed.TotalMilliseconds;
            var folder = parse.GetRequiredValue(data);
            if (!Directory.Exists(folder))
            {
                throw new CliException($"no such data folder: '{folder}'");
            }

            var metrics = NerEvaluation.Score(loaded, folder);
            metrics.Add("model.load_ms", loadMs, path ?? NerModel.ResourceName);
            EvalCommand.Print(console, "ner", metrics);
            return EvalCommand.Gate(console, parse.GetValue(floors), [metrics]);
        });
        return command;
    }
}
