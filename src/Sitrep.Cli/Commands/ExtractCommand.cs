using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Inputs;
using Sitrep.Cli.Output;
using Sitrep.Reporting;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep extract FILE...|DIR|-</c>: one report per document.</summary>
public static class ExtractCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Text files, directories (searched for .txt files) or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = CommonOptions.Published();
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: one indented report; jsonl: one report per line (several inputs); text: a readable summary",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "text");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var includeText = new Option<bool>("--include-text") { Description = "Add document.text to each report" };
        var maxBytes = new Option<long>("--max-bytes")
        {
            Description = "Refuse inputs larger than this many bytes",
            DefaultValueFactory = _ => InputCollector.DefaultMaxBytes,
        };

        var command = new Command("extract", "Extract entities, places, quotes and events from news text.\n\n" +
            "Examples:\n  sitrep extract article.txt --published 2026-02-11\n" +
            "  sitrep extract reports/ --format jsonl -o reports.jsonl\n  cat article.txt | sitrep extract - --format text")
        {
            inputs, published, format, output, includeText, maxBytes,
        };
        command.SetAction(parse => new Run(
            console,
            parse.GetRequiredValue(inputs),
            CommonOptions.ParseDate(parse.GetValue(published)),
            parse.GetRequiredValue(format),
            parse.GetValue(output),
            parse.GetValue(includeText),
            parse.GetValue(maxBytes)).Execute());
        return command;
    }

    private sealed record Run(
        CliConsole Console, string[] Inputs, DateOnly? Published, string Format, string? OutputPath, bool IncludeText, long MaxBytes)
    {
        public int Execute()
        {
            if (MaxBytes <= 0)
            {
                throw new CliException("--max-bytes must be a positive number of bytes");
            }

            var sources = InputCollector.Expand(Inputs);
            if (Format == "json" && sources.Count > 1)
            {
                throw new CliException($"--format json writes one report, but {sources.Count} inputs were given; use --format jsonl");
            }

            using var sink = OutputSink.Open(OutputPath, Console.Out);
            var failures = 0;
            foreach (var source in sources)
            {
                var input = InputCollector.Read(source, Console.OpenInput, MaxBytes);
                if (input.Text is null)
                {
                    Console.Fail($"{source}: {input.Error}", ExitCodes.Failed);
                    failures++;
                    continue;
                }

                var info = new DocumentInfo(source, null, Published);
                var document = Analyzer.Default.Annotate(input.Text, info);
                var report = Analyzer.ToReport(document, IncludeText);
                Write(sink.Writer, report, input.Text);
            }

            return failures == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        }

        private void Write(TextWriter writer, Report report, string text)
        {
            switch (Format)
            {
                case "json":
                    writer.WriteLine(ReportJson.Serialize(report, indented: true));
                    break;
                case "jsonl":
                    writer.WriteLine(ReportJson.Serialize(report));
                    break;
                default:
                    ReportSummary.Write(writer, report, text);
                    break;
            }
        }
    }
}

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary>The <c>--published</c> option.</summary>
    public static Option<string?> Published() => new("--published", "-p")
    {
        Description = "Publication date (YYYY-MM-DD); relative dates such as 'yesterday' resolve against it",
    };

    /// <summary>Parses a YYYY-MM-DD date or fails with a one-line error.</summary>
    public static DateOnly? ParseDate(string? value) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new CliException($"--published '{value}' is not a date in the form YYYY-MM-DD");
}
