using System.CommandLine;
using System.Text;
using Sitrep.Corpus.Exports;
using Sitrep.Corpus.Review;

namespace Sitrep.Cli.Commands.Corpus;

/// <summary>
/// <c>sitrep export --format acled|jsonl|geojson [filters]</c>. Event exports (ACLED, GeoJSON) apply analysts'
/// reviews exactly as the server's exports do: corrected fields replaced, rejected events left out.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format", "-f") { Description = "acled: ACLED-style CSV; jsonl: one report per line; geojson: events as a FeatureCollection", Required = true };
        format.AcceptOnlyFromAmong("acled", "jsonl", "geojson");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Export the corpus.\n\nExamples:\n  sitrep export --format acled --country UA -o ua.csv\n  sitrep export --format geojson --from 2026-03-01 -o events.geojson")
        {
            format, output,
        };
        var filters = new CorpusOptions.Filters(command);
        command.SetAction(parse =>
        {
            var filter = filters.Read(parse);
            using var store = CorpusOptions.OpenExisting(parse);
            var path = parse.GetValue(output);
            int count;
            if (path is null && parse.GetRequiredValue(format) != "geojson")
            {
                // Streams straight to standard output: nothing is held in memory.
                count = Write(parse.GetRequiredValue(format), console.Out);
            }
            else
            {
                // GeoJSON is written as UTF-8 bytes; standard output gets them buffered.
                using var stream = path is null ? new MemoryStream() : (Stream)File.Create(path);
                count = parse.GetRequiredValue(format) == "geojson" ? GeoJsonExport.Write(ReviewedEvents.From(store, filter with { Limit = null }), stream, filter.Limit) : WithWriter(stream, w => Write(parse.GetRequiredValue(format), w));
                if (path is null)
                {
                    console.Out.Write(Encoding.UTF8.GetString(((MemoryStream)stream).ToArray()));
                }
            }

            int Write(string kind, TextWriter writer) =>
                kind == "acled" ? AcledCsv.Write(ReviewedEvents.From(store, filter), writer) : JsonLinesExport.Write(store.Reports(filter), writer);

            console.Error.WriteLine($"sitrep: exported {count:N0} records");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int WithWriter(Stream stream, Func<TextWriter, int> write)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        var count = write(writer);
        writer.Flush();
        return count;
    }
}
