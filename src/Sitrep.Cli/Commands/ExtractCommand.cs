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
        var budget = new BudgetOptions();

        var command = new Command("extract", "Extract entities, places, quotes and events from news text.\n\n" +
            "Examples:\n  sitrep extract article.txt --published 2026-02-11\n" +
            "  sitrep extract reports/ --format jsonl -o reports.jsonl\n  cat article.txt | sitrep extract - --format text")
        {
            inputs, published, format, output, includeText,
        };
        budget.AddTo(command);
        command.SetAction(parse => new Run(
            console,
            parse.GetRequiredValue(inputs),
            CommonOptions.ParseDate(parse.GetValue(published)),
            parse.GetRequiredValue(format),
            parse.GetValue(output),
            parse.GetValue(includeText),
            budget.Read(parse)).Execute());
        return command;
    }

    private sealed record Run(
        CliConsole Console, string[] Inputs, DateOnly? Published, string Format, string? OutputPath, bool IncludeText, InputBudget Budget)
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
            foreach (var item in sources.SelectMany(Read))
            {
                if ((item.Document is { } read ? Budget.Refusal(read) : item.Error) is { } error)
                {
                    Console.Fail($"{item.Source}: {error}", ExitCodes.Failed);
                    failures++;
                    continue;
                }

                var document = item.Document!;
                try
                {
                    var report = Budget.Analyze(Analyzer.Default, document.Text, document.ToInfo(), CancellationToken.None);
                    Write(sink.Writer, IncludeText ? report with { Document = report.Document with { Text = document.Text } } : report, document.Text);
                }
                catch (InputBudgetException e)
                {
                    Console.Fail($"{item.Source}: {e.Message}", ExitCodes.Failed);
                    failures++;
                }
            }

            return failures == 0 ? ExitCodes.Ok : ExitCodes.Failed;
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
