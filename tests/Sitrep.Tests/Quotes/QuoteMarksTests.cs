using Sitrep.Quotes;
using Sitrep.Text;

namespace Sitrep.Tests.Quotes;

public sealed class QuoteMarksTests
{
    private static List<string> Segments(string text)
    {
        var (_, paragraphs) = SentenceSplitter.Split(text, Tokenizer.Tokenize(text));
        return QuoteMarks.Find(text, paragraphs).Select(s => s.Span.Of(text) + (s.Capped ? " [capped]" : "")).ToList();
    }

    [Fact]
    public void Pairs_straight_and_curly_double_marks()
    {
        Assert.Equal(["\"One,\"", "“Two.”"], Segments("\"One,\" he said. “Two.”"));
    }

    [Fact]
    public void A_paragraph_that_reopens_the_quote_continues_it()
    {
        Assert.Equal(["\"First part.\n\"Second part.\""], Segments("\"First part.\n\"Second part.\""));
    }

    [Fact]
    public void An_unclosed_mark_is_capped_at_its_paragraph()
    {
        Assert.Equal(["\"no end here [capped]", "\"closed\""], Segments("He said \"no end here\nThen \"closed\" again."));
    }

    [Fact]
    public void Two_apostrophes_act_as_one_double_mark()
    {
        Assert.Equal(["''It is over,''"], Segments("''It is over,'' she said."));
    }

    [Fact]
    public void Single_quotes_count_only_where_no_double_marks_are_used()
    {
        Assert.Equal(["'We will win,'"], Segments("'We will win,' says the Russians' rival"));
        Assert.Equal(["\"a 'pause' now\""], Segments("\"a 'pause' now\" she said"));
    }
}
