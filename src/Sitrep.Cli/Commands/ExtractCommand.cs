using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Inputs;
using Sitrep.Cli.Output;
using Sitrep.Corpus.Ingest;
using Sitrep.Corpus.Readers;
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
        var workers = new Option<int>("--workers", "-j")
        {
            Description = "Documents analysed at once (default: one per processor; reports are written in input order either way)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var budget = new BudgetOptions();

        var command = new Command("extract", "Extract entities, places, quotes and events from news text.\n\n" +
            "Examples:\n  sitrep extract article.txt --published 2026-02-11\n" +
            "  sitrep extract reports/ --format jsonl -o reports.jsonl\n  cat article.txt | sitrep extract - --format text")
        {
            inputs, published, format, output, includeText, workers,
        };
        budget.AddTo(command);
        command.SetAction(parse => new Run(
            console,
            parse.GetRequiredValue(inputs),
            CommonOptions.ParseDate(parse.GetValue(published)),
            parse.GetRequiredValue(format),
            parse.GetValue(output),
            parse.GetValue(includeText),
            Workers(parse.GetValue(workers)),
            budget.Read(parse)).Execute());
        return command;
    }

    private static int Workers(int value) =>
        value >= 1 ? value : throw new CliException("--workers must be at least 1");

    private sealed record Run(
        CliConsole Console, string[] Inputs, DateOnly? Published, string Format, string? OutputPath, bool IncludeText, int Workers, InputBudget Budget)
    {
        public int Execute()
        {
            var sources = InputCollector.Expand(Inputs);
            if (Format == "json" && sources.Count > 1)
            {
                throw new CliException($"--format json writes one report, but {sources.Count} inputs were given; use --format jsonl");
            }

            using var sink = OutputSink.Open(OutputPath, Console.Out);
            var failures = 0;
            var newLine = sink.Writer.NewLine;
            var formatProvider = sink.Writer.FormatProvider;
            // Inputs are read in order here; analysis and formatting run on the workers; output and errors
            // come back in input order, so the bytes written do not depend on the number of workers.
            foreach (var (source, formatted, error) in OrderedParallel.Map(sources.SelectMany(Read), Workers, item => Extract(item, newLine, formatProvider)))
            {
                if (error is not null)
                {
                    Console.Fail($"{source}: {error}", ExitCodes.Failed);
                    failures++;
                    continue;
                }

                sink.Writer.Write(formatted);
            }

            return failures == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        }

        // One document's output (every line of it, ended), or why it failed.
        private (string Source, string? Output, string? Error) Extract(ReadItem item, string newLine, IFormatProvider formatProvider)
        {
            if ((item.Document is { } read ? Budget.Refusal(read) : item.Error) is { } error)
            {
                return (item.Source, null, error);
            }

            var document = item.Document!;
            try
            {
                var report = Budget.Analyze(Analyzer.Default, document.Text, document.ToInfo(), CancellationToken.None);
                using var text = new StringWriter(formatProvider) { NewLine = newLine };
                Write(text, IncludeText ? report with { Document = report.Document with { Text = document.Text } } : report, document.Text);
                return (item.Source, text.ToString(), null);
            }
            catch (InputBudgetException e)
            {
                return (item.Source, null, e.Message);
            }
        }

        // HTML and JSON Lines go through the ingest readers (the article text, one document per line);
        // standard input and every other file are plain text, refused above the budget before being read whole.
        private IEnumerable<ReadItem> Read(string source)
        {
            if (source != "-" && InputReader.IsStructured(source))
            {
                return InputReader.Read([source], Published, Budget.MaxBytes);
            }

            var input = InputCollector.Read(source, Console.OpenInput, Budget.MaxBytes);
            return [input.Text is { } text
                ? ReadItem.Ok(new SourceDocument { Text = text, Source = source, Published = Published })
                : ReadItem.Fail(source, input.Error!)];
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
