using Sitrep.Reporting;

namespace Sitrep.Tests;

public sealed class AnalyzerTests
{
    private const string Article = "Drones hit Kharkiv overnight\nOfficials said four people were hurt. \"We will rebuild,\" the mayor said.";

    [Fact]
    public void Reports_the_document_block_and_a_valid_contract()
    {
        var report = Analyzer.Default.Analyze(Article, new DocumentInfo("a.txt", null, new DateOnly(2026, 2, 11)));

        Assert.Equal(Report.SchemaName, report.Schema);
        Assert.Equal("2026-02-11", report.Document.Published);
        Assert.Equal("a.txt", report.Document.Source);
        Assert.Equal(Article.Length, report.Document.Length);
        Assert.StartsWith("sha256:", report.Document.Id, StringComparison.Ordinal);
        Assert.Null(report.Document.Text);
        Assert.Empty(ReportValidator.Validate(report));
    }

    [Fact]
    public void Takes_the_headline_as_title_when_none_is_given()
    {
        Assert.Equal("Drones hit Kharkiv overnight", Analyzer.Default.Analyze(Article).Document.Title);
        Assert.Equal("Given", Analyzer.Default.Analyze(Article, new DocumentInfo(Title: "Given")).Document.Title);
    }

    [Fact]
    public void Finds_no_title_when_the_text_opens_with_a_sentence()
    {
        Assert.Null(Analyzer.Default.Analyze("Drones hit Kharkiv. More later.\nSecond paragraph.").Document.Title);
        Assert.Null(Analyzer.Default.Analyze("Only one line without a stop").Document.Title);
    }

    [Fact]
    public void Includes_the_text_only_when_asked()
    {
        var document = Analyzer.Default.Annotate(Article);

        Assert.Equal(Article, Analyzer.ToReport(document, includeText: true).Document.Text);
    }

    [Fact]
    public void One_analyzer_gives_the_same_reports_from_many_threads()
    {
        var texts = Enumerable.Range(0, 64).Select(i => $"{Article} Report {i}.").ToList();
        var sequential = texts.Select(t => ReportJson.Serialize(Analyzer.Default.Analyze(t))).ToList();

        var parallel = texts.AsParallel().AsOrdered().Select(t => ReportJson.Serialize(Analyzer.Default.Analyze(t))).ToList();

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void The_text_is_never_altered()
    {
        const string text = "  \r\nCafe\u0301 “quoted”\r\n";

        var document = Analyzer.Default.Annotate(text);

        Assert.Same(text, document.Text);
    }
}
