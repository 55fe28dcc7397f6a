using System.Text;
using Sitrep.Corpus.Exports;
using Sitrep.Corpus.Ingest;
using Sitrep.Corpus.Readers;
using Sitrep.Pipeline;

namespace Sitrep.Corpus.Tests.Ingest;

/// <summary>The one budget every entry point applies: size, text the stores can give back unchanged, time.</summary>
public sealed class InputBudgetTests
{
    private const string Article = "Shelling hit a school in Sumy on Monday, injuring two teachers, the regional governor said.";

    [Theory]
    [InlineData("\0", "NUL")]
    [InlineData("\\uD800", "unpaired surrogates")]
    [InlineData("\\uDC00\\uD800", "unpaired surrogates")]
    [InlineData("\\uD83D", "unpaired surrogates")]
    public void Text_the_store_could_not_give_back_unchanged_is_refused(string escaped, string reason)
    {
        // Attribute strings cannot hold lone surrogates (the compiler replaces them), so the text is built here.
        var inner = System.Text.RegularExpressions.Regex.Unescape(escaped);
        Assert.Contains(reason, InputBudget.Default.Refusal("Shelling hit a school " + inner + " in Sumy."), StringComparison.Ordinal);
        Assert.Contains(reason, InputBudget.Default.Refusal(inner), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Article)]
    [InlineData("Пара \uD83D\uDE00 emoji and tabs\tand\r\nlines are text.")]
    public void Ordinary_text_passes(string text) => Assert.Null(InputBudget.Default.Refusal(text));

    [Fact]
    public void Size_counts_utf8_bytes_and_the_raw_html()
    {
        var budget = new InputBudget { MaxBytes = 30 };
        Assert.Null(budget.Refusal(new string('a', 30)));
        Assert.Contains("larger than the limit of 30 bytes", budget.Refusal(new string('я', 16)), StringComparison.Ordinal); // 32 bytes
        var page = new SourceDocument { Text = "short", Source = "p.html", RawHtml = "<html>" + new string(' ', 40) + "</html>" };
        Assert.NotNull(budget.Refusal(page));
    }

    [Fact]
    public void A_nul_in_a_json_line_fails_that_document_and_stores_nothing_truncated()
    {
        using var test = TestStore.Open("sqlite");
        var items = new[]
        {
            JsonLinesReader.ReadLine("{\"text\":\"Shelling hit a school in Sumy.\\u0000 Two teachers were injured.\"}", "f.jsonl:1"),
            JsonLinesReader.ReadLine($"{{\"text\":\"{Article}\"}}", "f.jsonl:2"),
        };
        var summary = new Ingestor(test.Store).Run(items);
        Assert.Equal((1, 1), (summary.New, summary.Failures.Count));
        Assert.Contains("NUL", summary.Failures[0].Reason, StringComparison.Ordinal);
        Assert.Equal(1, test.Store.Counts().Documents);
    }

    [Fact]
    public void Json_lines_with_invalid_utf8_fail_with_the_line_number_instead_of_storing_replacement_characters()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-{Guid.NewGuid():N}.jsonl");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes($"{{\"text\":\"{Article}\"}}\n{{\"text\":\"d"), 0xE9, .. "p\u00f4t\"}\n"u8.ToArray()]);
        try
        {
            var items = JsonLinesReader.Read(path).ToList();
            Assert.Equal(2, items.Count);
            Assert.NotNull(items[0].Document);
            Assert.Equal($"{path}:2", items[1].Source);
            Assert.Contains("not valid UTF-8", items[1].Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Analysis_over_the_time_budget_is_a_failed_document_with_a_clear_reason()
    {
        using var test = TestStore.Open("sqlite");
        var slow = new Analyzer(Analyzer.CreateDefaultBuilder().Add(new Sleep()).Build());
        var ingestor = new Ingestor(test.Store, slow, queueOnly: false) { Budget = new InputBudget { TimeBudget = TimeSpan.FromMilliseconds(50) }, Parallelism = 1 };
        var summary = ingestor.Run([ReadItem.Ok(new SourceDocument { Text = Article, Source = "a.txt" })]);
        Assert.Contains("longer than the time budget", Assert.Single(summary.Failures).Reason, StringComparison.Ordinal);
        Assert.Equal(0, test.Store.Counts().Documents);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")", "'=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+1-555", "'+1-555")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("Kharkiv", "Kharkiv")]
    [InlineData("", "")]
    public void Csv_cells_that_a_spreadsheet_would_run_get_an_apostrophe(string cell, string written) =>
        Assert.Equal(written, CsvInjection.Neutralise(cell));

    // A stage that outlasts any small budget: it waits on the token, as a slow stage would keep computing.
    private sealed class Sleep : IStage
    {
        public string Name => "sleep";
        public IReadOnlyList<AnnotationKey> Needs => [];
        public IReadOnlyList<AnnotationKey> Produces => [];
        // A slow stage that honours the token, as the engine's stages do; without a budget it would take 10 s and succeed.
        public void Process(Document document, CancellationToken cancellationToken)
        {
            cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(10));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
