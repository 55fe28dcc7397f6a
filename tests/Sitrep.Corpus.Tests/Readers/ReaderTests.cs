using System.Text;
using Sitrep.Corpus.Readers;

namespace Sitrep.Corpus.Tests.Readers;

/// <summary>Plain text, Markdown, HTML, JSON Lines and folders.</summary>
public sealed class ReaderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sitrep-readers-" + Guid.NewGuid().ToString("N"));

    public ReaderTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string File(string name, string text) => File(name, Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray());

    private string File(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    internal const string ArticleHtml = """
        <html><head><title>Drones hit grain terminal in Izmail</title>
        <meta property="article:published_time" content="2026-03-14T07:30:00Z">
        <meta name="author" content="Olena Marchuk"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Drones hit grain terminal in Izmail</h1>
        <p>Russian drones struck a grain terminal in the Danube port of Izmail overnight, regional officials said on Saturday, setting two warehouses on fire.</p>
        <p>Firefighters worked until dawn to contain the blaze, and the regional governor said three workers were taken to hospital with burns.</p>
        <p>The port authority said shipping through the Danube channel would resume once divers had checked the berths for unexploded debris.</p>
        </article><footer>Copyright footer text</footer></body></html>
        """;

    [Fact]
    public void Html_gives_title_byline_date_and_the_article_text_without_navigation()
    {
        var item = HtmlArticleReader.Read(ArticleHtml, "page.html", "https://news.example/izmail");

        Assert.Null(item.Error);
        var doc = item.Document!;
        Assert.Equal("Drones hit grain terminal in Izmail", doc.Title);
        Assert.Equal("Olena Marchuk", doc.Byline);
        Assert.Equal(new DateOnly(2026, 3, 14), doc.Published);
        Assert.Contains("Russian drones struck a grain terminal", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright footer", doc.Text, StringComparison.Ordinal);
        Assert.Equal(ArticleHtml, doc.RawHtml);
        Assert.Equal("https://news.example/izmail", doc.Url);
    }

    [Fact]
    public void Html_without_an_article_is_a_failed_item_not_an_exception()
    {
        var item = HtmlArticleReader.Read("<html><body><div><<<</div></body>", "broken.html", "https://news.example/x");
        Assert.Null(item.Document);
        Assert.Contains("no readable article", item.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_keeps_its_text_and_takes_the_first_heading_as_title()
    {
        var path = File("brief.md", "# Ceasefire talks stall\n\nNegotiators left Geneva without a date for the next round.\n");
        var doc = PlainTextReader.Read(path).Document!;
        Assert.Equal("Ceasefire talks stall", doc.Title);
        Assert.StartsWith("# Ceasefire", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Undecodable_and_binary_files_fail_with_a_reason()
    {
        var latin1 = File("latin1.txt", [0x4b, 0x79, 0x69, 0xef, 0x76, 0x20, 0xe9, 0x74, 0xe9]);
        var binary = File("image.txt", [0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]);
        Assert.Contains("not valid UTF-8", PlainTextReader.Read(latin1).Error, StringComparison.Ordinal);
        Assert.Contains("binary", PlainTextReader.Read(binary).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_read_each_line_and_report_bad_lines_by_number()
    {
        var path = File("feed.jsonl",
            "{\"text\":\"Shelling hit Nikopol.\",\"url\":\"https://news.example/1\",\"title\":\"Nikopol\",\"published\":\"2026-03-12\"}\n" +
            "not json\n\n{\"title\":\"no text\"}\n{\"text\":\"Talks resumed.\",\"published\":\"soon\"}\n");
        var items = JsonLinesReader.Read(path).ToList();

        Assert.Equal(4, items.Count);
        Assert.Equal(("Shelling hit Nikopol.", "Nikopol", new DateOnly(2026, 3, 12)), (items[0].Document!.Text, items[0].Document!.Title, items[0].Document!.Published!.Value));
        Assert.Equal($"{path}:2", items[1].Source);
        Assert.Contains("not valid JSON", items[1].Error, StringComparison.Ordinal);
        Assert.Contains("\"text\"", items[2].Error, StringComparison.Ordinal);
        Assert.Contains("not a date", items[3].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_are_read_recursively_in_a_stable_order_skipping_other_files()
    {
        File("b/second.txt", "A convoy was ambushed on the highway.");
        File("a/first.md", "Air defence downed six drones.");
        File("a/nested/page.html", ArticleHtml);
        File("a/notes.pdf", "%PDF");
        var sources = InputReader.Read([folder]).Select(i => Path.GetRelativePath(folder, i.Source)).ToList();
        Assert.Equal(["a/first.md", "a/nested/page.html", "b/second.txt"], sources);
        Assert.Contains("no such file", InputReader.Read([Path.Combine(folder, "missing.txt")]).Single().Error, StringComparison.Ordinal);
    }
}
