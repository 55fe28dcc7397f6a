using System.Text;
using System.Text.Json;

namespace Sitrep.Cli.Tests.Corpus;

/// <summary>What scripts and careless hands give the corpus commands: JSON records, mistyped stores, standard input, bad limits.</summary>
public sealed class HostileCommandTests
{
    private const string Strike = "Russian drones hit an apartment block in Kharkiv on Monday, killing three people and injuring nine, regional governor Marko Levytskyi said. \"They struck at night,\" Levytskyi said.";
    private const string Unplaced = "Drones struck somewhere overnight, killing two people, officials said on Monday.";

    [Fact]
    public void Json_output_is_one_camel_case_record_per_line_with_ids_and_incident_figures_as_json()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "c.db");
        Assert.Equal(ExitCodes.Ok, CliRun.WithInput(Strike, "ingest", "-", "--db", db, "--published", "2026-03-02").ExitCode);

        foreach (var command in new[] { "events", "quotes", "entities" })
        {
            var lines = CliRun.Of(command, "--db", db, "--format", "json").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.NotEmpty(lines);
            foreach (var line in lines)
            {
                var record = JsonDocument.Parse(line).RootElement;
                Assert.StartsWith("sha256:", record.GetProperty("documentId").GetString(), StringComparison.Ordinal);
                Assert.All(record.EnumerateObject(), p => Assert.Matches("^[a-z][A-Za-z0-9]*$", p.Name));
            }
        }

        var firstEvent = JsonDocument.Parse(CliRun.Of("events", "--db", db, "--format", "json").Output.Split('\n')[0]).RootElement;
        Assert.True(firstEvent.TryGetProperty("eventId", out _));
        Assert.True(firstEvent.TryGetProperty("subEventType", out _));
        Assert.False(firstEvent.TryGetProperty("sub-eventtype", out _));
    }

    [Fact]
    public void Incident_figures_are_a_json_array_not_a_string()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "c.db");
        var second = "Three people were killed and ten injured when Russian drones hit a residential building in Kharkiv early on Monday, the emergency service said.";
        CliRun.WithInput(Strike, "ingest", "-", "--db", db, "--published", "2026-03-02");
        CliRun.WithInput(second, "ingest", "-", "--db", db, "--published", "2026-03-02");
        var lines = CliRun.Of("incidents", "--db", db, "--format", "json").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var incident = JsonDocument.Parse(Assert.Single(lines)).RootElement;
        Assert.Equal(JsonValueKind.Array, incident.GetProperty("figures").ValueKind);
        Assert.Equal(2, incident.GetProperty("figures").GetArrayLength());
    }

    [Theory]
    [InlineData("events")]
    [InlineData("quotes")]
    [InlineData("search")]
    [InlineData("export")]
    public void A_read_command_with_a_missing_store_says_so_and_creates_nothing(string command)
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "typo", "corpus.db");
        string[] args = command switch
        {
            "search" => ["search", "Kharkiv", "--db", db],
            "export" => ["export", "--format", "acled", "--db", db],
            _ => [command, "--db", db],
        };
        var run = CliRun.Of(args);
        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains($"no store at {db}", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(db)));
    }

    [Fact]
    public void Geojson_limit_counts_placed_events_only()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "c.db");
        // The unplaced report is newer, so it sorts first in a date-ordered page.
        CliRun.WithInput(Unplaced, "ingest", "-", "--db", db, "--published", "2026-03-09");
        CliRun.WithInput(Strike, "ingest", "-", "--db", db, "--published", "2026-03-02");
        var all = JsonDocument.Parse(CliRun.Of("export", "--format", "geojson", "--db", db).Output).RootElement.GetProperty("features").GetArrayLength();
        var one = JsonDocument.Parse(CliRun.Of("export", "--format", "geojson", "--db", db, "--limit", "1").Output).RootElement.GetProperty("features").GetArrayLength();
        Assert.True(all >= 1);
        Assert.Equal(1, one);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-3")]
    public void A_limit_that_is_not_a_positive_number_is_a_clear_usage_error(string limit)
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("events", "--db", Path.Combine(folder.Path, "c.db"), "--limit", limit);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"--limit '{limit}' is not a whole number", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_reads_standard_input_and_refuses_nul_characters_in_json_lines()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "c.db");
        var lines = folder.File("feed.jsonl", "{\"text\":\"Shelling hit a school in Sumy on Monday.\\u0000 Two teachers were injured, officials said.\"}\n" +
            JsonSerializer.Serialize(new { text = Strike }) + "\n");
        var run = CliRun.Of("ingest", lines, "--db", db);
        Assert.Contains("2 documents: 1 new, 0 unchanged, 1 failed", run.Output, StringComparison.Ordinal);
        Assert.Contains("feed.jsonl:1: contains NUL characters", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_refuses_a_file_over_the_byte_limit_without_reading_it()
    {
        using var folder = new TempFolder();
        var big = folder.File("big.txt", string.Concat(Enumerable.Repeat(Strike + " ", 40)));
        var run = CliRun.Of("ingest", big, "--db", Path.Combine(folder.Path, "c.db"), "--max-bytes", "1000");
        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("larger than the limit of 1,000 bytes", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_reads_html_and_json_lines_with_the_ingest_readers()
    {
        using var folder = new TempFolder();
        var html = folder.File("page.html", "<html><head><title>Strike</title></head><body><nav>Home | World | Sport</nav><article><p>" + Strike + "</p></article></body></html>");
        var lines = folder.File("two.jsonl", JsonSerializer.Serialize(new { text = Strike, title = "One" }) + "\n" + JsonSerializer.Serialize(new { text = Unplaced, title = "Two" }) + "\n");

        var page = JsonDocument.Parse(CliRun.Of("extract", html).Output).RootElement.GetProperty("document");
        Assert.Equal(Strike.Length, page.GetProperty("length").GetInt32());
        var reports = CliRun.Of("extract", lines, "--format", "jsonl").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["One", "Two"], reports.Select(r => JsonDocument.Parse(r).RootElement.GetProperty("document").GetProperty("title").GetString()));
    }

    [Fact]
    public void Serve_refuses_an_address_that_is_not_a_url_in_one_line()
    {
        var run = CliRun.Of("serve", "--urls", "notaurl");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--urls 'notaurl' is not an http(s) address", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", run.Error, StringComparison.Ordinal);
        Assert.Single(CliRun.Of("serve", "--help").Output.Split('\n'), l => l.TrimStart().StartsWith("--db", StringComparison.Ordinal));
    }
}
