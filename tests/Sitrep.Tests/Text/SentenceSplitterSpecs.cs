using Sitrep.Tests.Specs;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class SentenceSplitterSpecs
{
    public static TheoryData<string> Examples => SpecFile.Names("sentences.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Splits_the_spec_example(string name)
    {
        var example = SpecFile.Get("sentences.md", name);
        var (sentences, _) = SentenceSplitter.Split(example.Input, Tokenizer.Tokenize(example.Input));

        // A soft-wrapped sentence spans two lines; expected lines that continue one are joined back.
        var actual = sentences.Select(s => s.Span.Of(example.Input).Replace('\n', ' ')).ToList();
        var expected = JoinWrapped(example);
        Assert.Equal(expected, actual);
    }

    private static List<string> JoinWrapped(SpecFile.Example example)
    {
        var expected = new List<string>();
        foreach (var line in example.Expected)
        {
            if (expected.Count > 0 && char.IsLower(line[0]))
            {
                expected[^1] += " " + line;
            }
            else
            {
                expected.Add(line);
            }
        }

        return expected;
    }
}

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Every_line_is_a_paragraph_and_sentences_know_their_paragraph()
    {
        const string text = "Headline here\nFirst sentence. Second one.\n\nLast.";
        var (sentences, paragraphs) = SentenceSplitter.Split(text, Tokenizer.Tokenize(text));

        Assert.Equal(["Headline here", "First sentence. Second one.", "Last."], paragraphs.Select(p => p.Span.Of(text)));
        Assert.Equal([0, 1, 1, 2], sentences.Select(s => s.Paragraph));
        Assert.Equal([1, 2, 1], paragraphs.Select(p => p.SentenceCount));
    }

    [Fact]
    public void Sentences_cover_every_token_once_in_order()
    {
        const string text = "A. B? \"C!\" d. E—f.\nG";
        var tokens = Tokenizer.Tokenize(text);
        var (sentences, _) = SentenceSplitter.Split(text, tokens);

        var next = 0;
        foreach (var sentence in sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            next = sentence.EndToken;
        }

        Assert.Equal(tokens.Length, next);
    }

    [Fact]
    public void Windows_line_ends_split_paragraphs_like_unix_ones()
    {
        const string text = "One line\r\nAnother line.";
        var (_, paragraphs) = SentenceSplitter.Split(text, Tokenizer.Tokenize(text));

        Assert.Equal(2, paragraphs.Length);
    }

    [Fact]
    public void No_tokens_give_no_sentences()
    {
        var (sentences, paragraphs) = SentenceSplitter.Split("", []);

        Assert.Empty(sentences);
        Assert.Empty(paragraphs);
    }
}
