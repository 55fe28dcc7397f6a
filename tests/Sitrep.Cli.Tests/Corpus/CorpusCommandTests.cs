using System.Diagnostics;
using Sitrep.Corpus.Store;

namespace Sitrep.Cli.Tests.Corpus;

/// <summary>ingest, search, queries and export through the command line.</summary>
public sealed class CorpusCommandTests
{
    [Fact]
    public void Ingesting_a_folder_twice_stores_each_text_once_and_reports_failures_with_reasons()
    {
        using var folder = new TempFolder();
        folder.File("in/a.txt", "Artillery struck a market in Kupiansk on Tuesday, the regional governor said.");
        folder.File("in/deep/b.md", "# Talks\n\nNegotiators met in Geneva and agreed to exchange prisoners.");
        folder.File("in/c.jsonl", "{\"text\":\"Drones hit a substation near Sumy.\",\"url\":\"https://news.example/s\",\"published\":\"2026-03-12\"}\nbroken\n");
        folder.File("in/bad.txt", [0xC3, 0x28, 0x41]);
        folder.File("in/README.md", "# Sample articles\n\nThis folder holds the sample set.");
        var db = Path.Combine(folder.Path, "corpus.db");

        var first = CliRun.Of("ingest", Path.Combine(folder.Path, "in"), "--db", db);
        var second = CliRun.Of("ingest", Path.Combine(folder.Path, "in"), "--db", db);

        Assert.Equal(ExitCodes.Failed, first.ExitCode);
        Assert.Contains("5 documents: 3 new, 0 unchanged, 2 failed", first.Output, StringComparison.Ordinal);
        Assert.Contains("bad.txt: not valid UTF-8", first.Error, StringComparison.Ordinal); // failures go to stderr
        Assert.DoesNotContain("failed:", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("%", first.Error, StringComparison.Ordinal); // no bar frozen at 0% when stderr is not a terminal
        Assert.Contains("c.jsonl:2: not valid JSON", first.Error, StringComparison.Ordinal);
        Assert.Contains("5 documents: 0 new, 3 unchanged, 2 failed", second.Output, StringComparison.Ordinal);

        var search = CliRun.Of("search", "substation", "--db", db, "--format", "json");
        Assert.Contains("https://news.example/s", search.Output, StringComparison.Ordinal);
        Assert.Contains("[substation]", search.Output, StringComparison.Ordinal);
        var export = CliRun.Of("export", "--format", "jsonl", "--db", db);
        Assert.Equal(3, export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(ExitCodes.Ok, CliRun.Of("events", "--db", db, "--country", "UA").ExitCode);
        Assert.Contains("0 rows", CliRun.Of("incidents", "--db", db).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_filter_dates_and_missing_inputs_are_one_line_errors()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "corpus.db");
        Assert.Contains("--from 'March' is not a date", CliRun.Of("events", "--db", db, "--from", "March").Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, CliRun.Of("ingest", "--db", db).ExitCode);
    }

    [Fact]
    public void A_killed_ingest_resumes_with_nothing_lost_and_nothing_duplicated()
    {
        const int Total = 1500;
        using var folder = new TempFolder();
        for (var i = 0; i < Total; i++)
        {
            folder.File($"in/{i:D4}.txt", $"Dispatch {i}: shelling damaged {i % 7 + 2} houses in a frontline village, local officials said on day {i}.");
        }

        var db = Path.Combine(folder.Path, "corpus.db");
        var cli = Path.Combine(AppContext.BaseDirectory, "Sitrep.Cli.dll");
        using (var process = Process.Start(new ProcessStartInfo("dotnet") { ArgumentList = { cli, "ingest", Path.Combine(folder.Path, "in"), "--db", db }, RedirectStandardOutput = true, RedirectStandardError = true })!)
        {
            var clock = Stopwatch.StartNew();
            while (Stored(db) < 50 && clock.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                Thread.Sleep(10);
            }

            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var before = Stored(db);
        Assert.InRange(before, 1, Total - 1);

        var resumed = CliRun.Of("ingest", Path.Combine(folder.Path, "in"), "--db", db);

        Assert.Contains($"{Total:N0} documents: {Total - before:N0} new, {before:N0} unchanged, 0 failed", resumed.Output, StringComparison.Ordinal);
        using var store = CorpusStore.Open(db);
        Assert.Equal(Total, store.Counts().Done);
        Assert.Equal(Total, store.Reports(CorpusFilter.None).Distinct().Count());
    }

    private static long Stored(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var store = CorpusStore.Open(db);
            return store.Counts().Documents;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // still being created by the other process
        }
    }
}
