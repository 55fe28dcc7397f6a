using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using Sitrep.Evaluation.Ner;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train ner</c>: trains the NER model from the openly licensed corpora and writes the model file.</summary>
public static class TrainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "Folder holding gmb/, gum/, re3d/, wikigold/, wnut17/", DefaultValueFactory = _ => "../shared/data/ner" };
        var output = new Option<string>("--out") { Description = "Model file to write", DefaultValueFactory = _ => "src/Sitrep/Entities/Model/ner-en.bin" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the data", DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var bits = new Option<int>("--bits") { Description = "Log2 of the number of hashed feature buckets", DefaultValueFactory = _ => new NerTrainingOptions().BucketBits };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the document shuffle", DefaultValueFactory = _ => new NerTrainingOptions().Seed };
        var ner = new Command("ner", "Train the NER model (deterministic, single thread): GMB train, GUM train, re3d, wikigold, WNUT-17 train.\n\n" +
            "Example:\n  sitrep train ner --data ../shared/data/ner --out src/Sitrep/Entities/Model/ner-en.bin")
        {
            data, output, epochs, bits, seed,
        };
        ner.SetAction(parse =>
        {
            var folder = parse.GetRequiredValue(data);
            if (!Directory.Exists(folder))
            {
                throw new CliException($"no such data folder: '{folder}'");
            }

            var watch = Stopwatch.StartNew();
            var documents = NerData.Training(folder);
            console.Out.WriteLine($"read {documents.Count} documents, {documents.Sum(d => d.Sentences.Sum(s => s.Words.Length))} tokens in {watch.Elapsed.TotalSeconds:0.0} s");
            var bytes = NerTrainer.Train(documents, new NerTrainingOptions(Epochs: parse.GetValue(epochs), BucketBits: parse.GetValue(bits), Seed: parse.GetValue(seed)), line => console.Out.WriteLine(line));
            var path = parse.GetRequiredValue(output);
            File.WriteAllBytes(path, bytes);
            console.Out.WriteLine($"wrote {path}: {bytes.Length} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))}, {watch.Elapsed.TotalSeconds:0.0} s");
            return ExitCodes.Ok;
        });
        return new Command("train", "Train the engine's models from data read at run time.") { ner };
    }
}
