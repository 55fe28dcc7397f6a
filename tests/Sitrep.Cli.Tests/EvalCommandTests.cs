namespace Sitrep.Cli.Tests;

public sealed class EvalCommandTests
{
    // A small gold file in the format of ../shared/examples, over a text written for this test.
    private const string Article = "Drones hit Kharkiv overnight\nOfficials said four people were hurt. \"We will rebuild,\" the mayor said.\n";

    private const string Gold = """
        {
          "published": "2026-02-11",
          "attributions": [ { "speaker": "Ivan Petrenko", "kind": "direct", "cue": "said", "start": 67, "end": 85, "content": "\"We will rebuild,\"" } ],
          "events": [ { "scope": "incident", "evidence": [ { "start": 29, "end": 66, "text": "Officials said four people were hurt." } ] } ],
          "statements": [],
          "entities": { "people": [], "organizations": [], "countries": [], "regions": [], "places": [] }
        }
        """;

    [Fact]
    public void Scores_a_gold_file_and_prints_the_metrics()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", Article);
        var gold = folder.File("a.gold.json", Gold);

        var run = CliRun.Of("eval", "example", gold);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("sentences.exact", run.Output, StringComparison.Ordinal);
        Assert.Contains("quotes.direct.f1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_the_gate_when_a_metric_is_below_its_floor()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", Article);
        var gold = folder.File("a.gold.json", Gold);
        var floors = folder.File("floors.json", """{ "example": { "sentences.exact": 1.0, "quotes.direct.recall": 1.5 } }""");

        var run = CliRun.Of("eval", "example", gold, "--floors", floors);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is below its floor 1.5", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("sentences.exact", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_the_gate_when_a_floor_names_an_unknown_metric()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", Article);
        var gold = folder.File("a.gold.json", Gold);
        var floors = folder.File("floors.json", """{ "example": { "no.such.metric": 0.5 } }""");

        var run = CliRun.Of("eval", "example", gold, "--floors", floors);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not report", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gold_file_without_its_article_is_an_error()
    {
        using var folder = new TempFolder();
        var gold = folder.File("lonely.gold.json", Gold);

        var run = CliRun.Of("eval", "example", gold);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is missing", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_gold_file_is_an_error()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", Article);
        var gold = folder.File("a.gold.json", "{ not json");

        var run = CliRun.Of("eval", "example", gold);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a gold file", run.Error, StringComparison.Ordinal);
    }
}

public sealed class EvalNerCommandTests
{
    [Fact]
    public void A_missing_model_file_gets_a_one_line_error()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("eval", "ner", folder.Path, "--model", System.IO.Path.Combine(folder.Path, "absent.bin"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("absent.bin", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_model_file_is_refused_with_the_reason()
    {
        using var folder = new TempFolder();
        var model = folder.File("damaged.bin", "SNER but nothing that follows is a model");

        var run = CliRun.Of("eval", "ner", folder.Path, "--model", model);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("damaged.bin", run.Error, StringComparison.Ordinal);
        Assert.Contains("NER model", run.Error, StringComparison.Ordinal);
    }
}
