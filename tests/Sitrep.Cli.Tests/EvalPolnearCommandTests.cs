namespace Sitrep.Cli.Tests;

public sealed class EvalPolnearCommandTests
{
    // A one-article split in PolNeAR's layout, over a text written for this test.
    private const string Article = "\"The bridge is gone,\" Mayor Ivan Petrenko said.\n";

    private const string Annotation = "T1\tContent 0 21\t\"The bridge is gone,\"\nT2\tSource 22 41\tMayor Ivan Petrenko\nT3\tCue 42 46\tsaid\n" +
        "T4\tAttribution 42 46\tsaid\nE1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n";

    [Fact]
    public void Scores_a_split_and_passes_its_floors()
    {
        using var folder = new TempFolder();
        folder.File("dev/text/a.txt", Article);
        folder.File("dev/attributions/a_0abc.ann", Annotation);
        var floors = folder.File("floors.json", """{ "polnear": { "polnear.direct.content.f1": 1.0, "polnear.direct.source_accuracy": 1.0, "polnear.cue.f1": 1.0 } }""");

        var run = CliRun.Of("eval", "polnear", folder.Path, "--floors", floors);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("polnear.speech.content.f1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_go_to_the_file_named_and_an_unwritable_one_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.File("dev/text/a.txt", Article + "Officials said the road was closed.\n");
        folder.File("dev/attributions/a_0abc.ann", Annotation);
        var errors = Path.Combine(folder.Path, "errors.txt");

        var written = CliRun.Of("eval", "polnear", folder.Path, "--errors", errors);
        var refused = CliRun.Of("eval", "polnear", folder.Path, "--errors", Path.Combine(folder.Path, "missing", "errors.txt"));

        Assert.Equal(0, written.ExitCode);
        Assert.True(File.Exists(errors));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("cannot write", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_the_split_is_a_usage_error()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("eval", "polnear", folder.Path);

        Assert.Equal(2, run.ExitCode); // like a missing gold folder for "eval example": an unusable argument
        Assert.Contains("not a PolNeAR split", run.Error, StringComparison.Ordinal);
    }
}
