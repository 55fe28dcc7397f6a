using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Places;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep gazetteer pack</c>: turns the text gazetteer built by <c>tools/gazetteer</c> (plus the curated
/// overrides compiled into the engine) into the binary file the engine embeds; <c>sitrep gazetteer image</c>:
/// writes the memory-mappable image of the embedded one (<see cref="GazetteerImageFile"/>).
/// </summary>
internal static class GazetteerCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var source = new Option<string>("--source")
        {
            Description = "Text gazetteer written by tools/gazetteer/build.mjs",
            DefaultValueFactory = _ => "src/Sitrep/Places/Data/gazetteer.tsv.gz",
        };
        var overrides = new Option<string>("--overrides")
        {
            Description = "Curated corrections applied while packing",
            DefaultValueFactory = _ => "src/Sitrep/Places/Data/place-overrides.tsv",
        };
        var output = new Option<string>("--output")
        {
            Description = "Binary gazetteer to write (embedded by the engine on its next build)",
            DefaultValueFactory = _ => "src/Sitrep/Places/Data/gazetteer.bin",
        };
        var pack = new Command("pack", "Pack the text gazetteer and place-overrides.tsv into gazetteer.bin (deterministic).\n\n" +
            "Example (from the repository root, after tools/gazetteer/build.mjs or an overrides edit):\n  sitrep gazetteer pack")
        {
            source, overrides, output,
        };
        pack.SetAction(parse =>
        {
            var from = parse.GetRequiredValue(source);
            var to = parse.GetRequiredValue(output);
            var corrections = parse.GetRequiredValue(overrides);
            foreach (var path in new[] { from, corrections })
            {
                if (!File.Exists(path))
                {
                    throw new CliException($"no such file: '{path}'", ExitCodes.Failed);
                }
            }

            var clock = Stopwatch.StartNew();
            using (var input = File.OpenRead(from))
            using (var file = File.Create(to))
            {
                GazetteerInfo.Pack(input, File.ReadLines(corrections), file);
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{to}: {new FileInfo(to).Length / 1e6:0.00} MB in {clock.Elapsed.TotalSeconds:0.0} s (rebuild the engine to embed it)"));
            return ExitCodes.Ok;
        });
        var imageOutput = new Option<string>("--output")
        {
            Description = "Image file to write (the CLI maps the one beside it, or SITREP_GAZETTEER_IMAGE)",
            DefaultValueFactory = _ => GazetteerImageFile.DefaultPath,
        };
        var image = new Command("image", "Write the memory-mappable image of the embedded gazetteer beside the CLI (deterministic; ./sitrep runs it after each build).\n\n" +
            "Example:\n  sitrep gazetteer image")
        {
            imageOutput,
        };
        image.SetAction(parse =>
        {
            var to = parse.GetRequiredValue(imageOutput);
            var clock = Stopwatch.StartNew();
            GazetteerImageFile.Write(to);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{to}: {new FileInfo(to).Length / 1e6:0.00} MB in {clock.Elapsed.TotalSeconds:0.0} s"));
            return ExitCodes.Ok;
        });
        return new Command("gazetteer", "Build the engine's binary gazetteer and its image.") { pack, image };
    }
}
