using Sitrep.Corpus.Readers;

namespace Sitrep.Corpus.Tests.Readers;

public sealed class HtmlDepthTests
{
    private const string Paragraph = "<p>Shelling hit a school in Sumy on Monday, injuring two teachers, the regional governor said.</p>";

    [Fact]
    public void A_page_nested_no_deeper_than_browsers_allow_is_left_as_it_is()
    {
        var html = "<html><body><!-- a < b --><article><br><img src=x />" + Paragraph + "</article></body></html>";
        Assert.Same(html, HtmlDepth.Flatten(html));
    }

    [Fact]
    public void Elements_deeper_than_the_cap_are_dropped_and_their_text_kept()
    {
        const int depth = 20_000;
        var html = string.Concat(Enumerable.Repeat("<div>", depth)) + Paragraph + string.Concat(Enumerable.Repeat("</div>", depth));
        var flat = HtmlDepth.Flatten(html);
        Assert.Equal(HtmlDepth.MaxDepth, flat.Split("<div>").Length - 1);
        Assert.Equal(HtmlDepth.MaxDepth, flat.Split("</div>").Length - 1);
        Assert.Contains("Shelling hit a school in Sumy on Monday", flat, StringComparison.Ordinal); // its <p> lay deeper: dropped, text kept
        Assert.Contains("school in Sumy", HtmlArticleReader.Read(html, "deep.html", "http://localhost/").Document!.Text, StringComparison.Ordinal);
    }
}
