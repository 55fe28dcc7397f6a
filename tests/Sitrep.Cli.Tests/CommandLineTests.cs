namespace Sitrep.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Help_names_the_command_sitrep()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("sitrep [command] [options]", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Sitrep.Cli", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_is_a_one_line_usage_error()
    {
        var run = CliRun.Of("extrakt", "a.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'extrakt'", run.Error, StringComparison.Ordinal);
        Assert.Contains("see `sitrep --help`", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_option_value_points_at_the_subcommand_help()
    {
        var run = CliRun.Of("extract", "--format", "xml", "a.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("see `sitrep extract --help`", run.Error, StringComparison.Ordinal);
    }
}
