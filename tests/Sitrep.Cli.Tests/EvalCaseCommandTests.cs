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

public sealed class EvalMuc4CommandTests
{
    // One document written for this test in the GRIT role-filler layout.
    private const string Json = """
        { "DOC-1": { "doc": "GUERRILLAS DETONATED A BOMB AT A BANK IN THE CAPITAL, KILLING TWO GUARDS.",
                     "roles": { "perp_individual_id": [["GUERRILLAS"]], "perp_organization_id": [],
                                "phys_tgt_id": [["BANK"]], "hum_tgt_name": [["GUARDS"]],
                                "incident_instrument_id": [["BOMB"]] } } }
        """;

    [Fact]
    public void Scores_role_fillers_against_gold_mentions()
    {
        using var folder = new TempFolder();
        var file = folder.File("dev.json", Json);

        var run = CliRun.Of("eval", "muc4", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("incident_instrument_id.f1", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 correct / 1 predicted / 1 gold", run.Output, StringComparison.Ordinal);
    }
}
