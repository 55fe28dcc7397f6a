using System.Text.Json.Nodes;
using CsCheck;
using Sitrep.Corpus.Ingest;
using Sitrep.Corpus.Readers;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Corpus.Tests.Properties;

/// <summary>
/// Properties over arbitrary and garbled text (CsCheck shrinks a failure to a small example and prints the
/// seed to replay it): analysis always returns, every span lies within the text, the same text gives the same
/// report, and whatever the budget accepts comes back from the store unchanged.
/// </summary>
public sealed class AnalysisProperties
{
    [Fact]
    public void Analysis_returns_a_valid_report_whose_spans_lie_within_any_text() =>
        GarbledText.Text.Sample(text =>
        {
            var report = Analyzer.Default.Analyze(text, new DocumentInfo("prop", null, new DateOnly(2026, 3, 14)));
            Assert.Equal(text.Length, report.Document.Length);
            Assert.Empty(ReportValidator.Validate(report));
        }, iter: 150);

    [Fact]
    public void The_same_text_gives_the_same_report_and_ids() =>
        GarbledText.Text.Sample(text =>
        {
            var info = new DocumentInfo("prop", null, new DateOnly(2026, 3, 14));
            Assert.Equal(ReportJson.Serialize(Analyzer.Default.Analyze(text, info)), ReportJson.Serialize(Analyzer.Default.Analyze(text, info)));
            Assert.Equal(DocumentId.Of(text), DocumentId.Of(new string(text.AsSpan())));
        }, iter: 60);

    [Fact]
    public void What_the_budget_accepts_comes_back_from_the_store_unchanged_and_the_rest_is_refused()
    {
        using var test = TestStore.Open("sqlite");
        GarbledText.Text.Where(t => !string.IsNullOrWhiteSpace(t)).Sample(text =>
        {
            var item = ReadItem.Ok(new SourceDocument { Text = text, Source = "prop" });
            var (outcome, reason) = new Ingestor(test.Store) { Parallelism = 1 }.Ingest(item);
            if (InputBudget.Default.Refusal(text) is { } refusal)
            {
                Assert.Equal((IngestOutcome.Failed, refusal), (outcome, reason));
                return;
            }

            Assert.NotEqual(IngestOutcome.Failed, outcome);
            var stored = ((Browse.IDocumentBrowser)test.Store).Document(DocumentId.Of(text));
            Assert.NotNull(stored);
            Assert.Equal(text, stored.Text);
            var report = Analyzer.Default.Analyze(text, item.Document!.ToInfo());
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(ReportJson.Serialize(report)), JsonNode.Parse(stored.Report!)), "stored report differs");
        }, iter: 40);
    }
}
