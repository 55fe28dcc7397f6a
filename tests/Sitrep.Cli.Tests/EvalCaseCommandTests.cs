namespace Sitrep.Cli.Tests;

public sealed class EvalCaseCommandTests
{
    // Snippets written for this test in the CASE 2021 task 2 layout (id, snippet, ACLED code).
    private const string Tsv = "id\tEventSnippet\tSubType\n" +
        "1\tA drone struck a school in the town overnight, killing two teachers.\tAIR_STRIKE\n" +
        "2\tPolice arrested four men suspected of smuggling weapons.\tARREST\n" +
        "3\tThousands of people marched peacefully through the capital on Sunday.\tPEACE_PROTEST\n";

    [Fact]
    public void Scores_snippets_with_weighted_f1_over_the_acled_classes()
    {
        using var folder = new TempFolder();
        var tsv = folder.File("dev.tsv", Tsv);

        var run = CliRun.Of("eval", "case", tsv);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("weighted_f1", run.Output, StringComparison.Ordinal);
        Assert.Contains("3 snippets", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_one_line_error()
    {
        var run = CliRun.Of("eval", "case", "no-such-file.tsv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Error, StringComparison.Ordinal);
    }
}
