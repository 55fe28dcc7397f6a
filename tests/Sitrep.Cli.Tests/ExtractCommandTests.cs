using System.Text;
using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class ExtractCommandTests
{
    private const string Article = "Drones hit Kharkiv overnight\n\"We will rebuild,\" the mayor said on Tuesday.\n";

    public sealed class Good_input
    {
        [Fact]
        public void One_file_gives_one_indented_report_with_the_publication_date()
        {
            using var folder = new TempFolder();
            var path = folder.File("a.txt", Article);

            var run = CliRun.Of("extract", path, "--published", "2026-02-11");

            Assert.Equal(0, run.ExitCode);
            using var json = JsonDocument.Parse(run.Output);
            Assert.Equal("sitrep.report/1", json.RootElement.GetProperty("schema").GetString());
            Assert.Equal("2026-02-11", json.RootElement.GetProperty("document").GetProperty("published").GetString());
            Assert.Equal(Article.Length, json.RootElement.GetProperty("document").GetProperty("length").GetInt32());
        }

        [Fact]
        public void A_directory_gives_one_report_per_line_in_path_order()
        {
            using var folder = new TempFolder();
            folder.File("b.txt", Article);
            folder.File("a.txt", Article + "More.");
            folder.File("nested/c.txt", "Another report.");
            folder.File("skip.html", "<p>not read</p>");

            var run = CliRun.Of("extract", folder.Path, "--format", "jsonl");

            Assert.Equal(0, run.ExitCode);
            var sources = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("document").GetProperty("source").GetString())
                .Select(Path.GetFileName);
            Assert.Equal(["a.txt", "b.txt", "c.txt"], sources);
        }

        [Fact]
        public void Several_workers_write_the_same_bytes_and_errors_in_input_order_as_one()
        {
            using var folder = new TempFolder();
            for (var i = 0; i < 9; i++)
            {
                folder.File($"{i}.txt", i == 4 ? "" : Article + string.Concat(Enumerable.Repeat("Shelling hit Sumy on Monday. ", i)));
            }

            var one = CliRun.Of("extract", folder.Path, "--format", "jsonl", "--workers", "1");
            var three = CliRun.Of("extract", folder.Path, "--format", "jsonl", "--workers", "3");
            var text = CliRun.Of("extract", folder.Path, "--format", "text", "--workers", "1");
            var textThree = CliRun.Of("extract", folder.Path, "--format", "text", "-j", "3");

            Assert.Equal(1, one.ExitCode);
            Assert.Equal(8, one.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Contains("4.txt: empty", one.Error, StringComparison.Ordinal);
            Assert.Equal((one.ExitCode, one.Output, one.Error), (three.ExitCode, three.Output, three.Error));
            Assert.Equal((text.ExitCode, text.Output, text.Error), (textThree.ExitCode, textThree.Output, textThree.Error));
        }

        [Fact]
        public void Zero_workers_is_a_usage_error()
        {
            var run = CliRun.WithInput(Article, "extract", "-", "--workers", "0");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("--workers must be at least 1", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void A_dash_reads_standard_input()
        {
            var run = CliRun.WithInput(Article, "extract", "-");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("\"source\": \"-\"", run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Include_text_adds_the_document_text()
        {
            var run = CliRun.WithInput(Article, "extract", "-", "--include-text");

            using var json = JsonDocument.Parse(run.Output);
            Assert.Equal(Article, json.RootElement.GetProperty("document").GetProperty("text").GetString());
        }

        [Fact]
        public void A_utf8_bom_is_not_counted_in_offsets()
        {
            using var folder = new TempFolder();
            var path = folder.File("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article)]);

            var run = CliRun.Of("extract", path, "--include-text");

            using var json = JsonDocument.Parse(run.Output);
            Assert.Equal(Article, json.RootElement.GetProperty("document").GetProperty("text").GetString());
        }

        [Fact]
        public void A_utf16_file_with_bom_is_read()
        {
            using var folder = new TempFolder();
            var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
            var path = folder.File("utf16.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Article)]);

            var run = CliRun.Of("extract", path, "--include-text");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Kharkiv", run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Text_format_prints_a_readable_summary()
        {
            var run = CliRun.WithInput(Article, "extract", "-", "--format", "text", "--published", "2026-02-11");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("published 2026-02-11", run.Output, StringComparison.Ordinal);
            Assert.Contains("Entities", run.Output, StringComparison.Ordinal);
            Assert.Contains("Quotes", run.Output, StringComparison.Ordinal);
            Assert.Contains("Events", run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Output_option_writes_the_report_to_a_file()
        {
            using var folder = new TempFolder();
            var input = folder.File("a.txt", Article);
            var output = Path.Combine(folder.Path, "out.json");

            var run = CliRun.Of("extract", input, "--output", output);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.Contains("sitrep.report/1", File.ReadAllText(output), StringComparison.Ordinal);
        }

        [Fact]
        public void Help_teaches_the_options()
        {
            var run = CliRun.Of("extract", "--help");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("--published", run.Output, StringComparison.Ordinal);
            Assert.Contains("--max-bytes", run.Output, StringComparison.Ordinal);
            Assert.Contains("Examples", run.Output, StringComparison.Ordinal);
        }
    }

    public sealed class Bad_input
    {
        [Fact]
        public void A_missing_file_is_a_one_line_error()
        {
            var run = CliRun.Of("extract", "/no/such/file.txt");

            AssertOneLineError(run, "no such file or directory");
        }

        [Fact]
        public void A_directory_without_text_files_is_an_error()
        {
            using var folder = new TempFolder();
            folder.File("page.html", "<p>hi</p>");

            AssertOneLineError(CliRun.Of("extract", folder.Path), "holds no .txt files");
        }

        [Fact]
        public void An_empty_file_is_an_error()
        {
            using var folder = new TempFolder();

            AssertOneLineError(CliRun.Of("extract", folder.File("empty.txt", "")), "empty");
        }

        [Fact]
        public void A_blank_file_is_an_error()
        {
            using var folder = new TempFolder();

            AssertOneLineError(CliRun.Of("extract", folder.File("blank.txt", " \n\n ")), "empty");
        }

        [Fact]
        public void A_binary_file_is_an_error()
        {
            using var folder = new TempFolder();

            AssertOneLineError(CliRun.Of("extract", folder.File("x.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A])), "binary");
        }

        [Fact]
        public void Text_in_another_encoding_is_reported_not_mangled()
        {
            using var folder = new TempFolder();

            AssertOneLineError(CliRun.Of("extract", folder.File("latin1.txt", [0x4B, 0x79, 0x69, 0xE9, 0x76])), "not valid UTF-8");
        }

        [Fact]
        public void A_file_above_the_size_limit_is_an_error()
        {
            using var folder = new TempFolder();
            var path = folder.File("big.txt", new string('a', 2000));

            AssertOneLineError(CliRun.Of("extract", path, "--max-bytes", "1000"), "larger than the limit");
        }

        [Fact]
        public void Json_with_several_inputs_says_to_use_jsonl()
        {
            using var folder = new TempFolder();
            var a = folder.File("a.txt", Article);
            var b = folder.File("b.txt", Article);

            AssertOneLineError(CliRun.Of("extract", a, b), "use --format jsonl");
        }

        [Fact]
        public void A_malformed_date_is_an_error()
        {
            AssertOneLineError(CliRun.WithInput(Article, "extract", "-", "--published", "11/02/2026"), "YYYY-MM-DD");
        }

        [Fact]
        public void One_bad_file_among_good_ones_is_reported_and_the_rest_still_processed()
        {
            using var folder = new TempFolder();
            folder.File("a.txt", Article);
            folder.File("b.txt", "");
            folder.File("c.txt", Article);

            var run = CliRun.Of("extract", folder.Path, "--format", "jsonl");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(2, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Contains("b.txt: empty", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void An_unknown_format_is_refused()
        {
            var run = CliRun.WithInput(Article, "extract", "-", "--format", "xml");

            Assert.NotEqual(0, run.ExitCode);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        }

        private static void AssertOneLineError(CliRun run, string expected)
        {
            Assert.NotEqual(0, run.ExitCode);
            Assert.StartsWith("sitrep: error: ", run.Error, StringComparison.Ordinal);
            Assert.Contains(expected, run.Error, StringComparison.Ordinal);
            Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        }
    }
}
