using Sitrep.Tests.Specs;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class TokenizerSpecs
{
    public static TheoryData<string> Examples => SpecFile.Names("tokenizer.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Tokenizes_the_spec_example(string name)
    {
        var example = SpecFile.Get("tokenizer.md", name);
        var tokens = Tokenizer.Tokenize(example.Input);

        var actual = string.Join(" | ", tokens.Select(t => t.Span.Of(example.Input)));
        Assert.Equal(example.Expected.Single(), actual);
    }
}

public sealed class TokenizerTests
{
    [Fact]
    public void Token_offsets_point_into_the_original_text_and_never_overlap()
    {
        const string text = "“Yesterday, the Russians struck,” Gen. Berg said—on X.\r\nNext line 🙏 «ок».";
        var tokens = Tokenizer.Tokenize(text);

        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length);
            Assert.False(string.IsNullOrWhiteSpace(token.Span.Of(text)));
            previousEnd = token.End;
        }
    }

    [Fact]
    public void Only_whitespace_lies_between_tokens()
    {
        const string text = "Ukraine's 1,200-strong unit—“ready” @unit #tag https://x.org/a 👍🏽.";
        var tokens = Tokenizer.Tokenize(text);

        var covered = new bool[text.Length];
        foreach (var token in tokens)
        {
            for (var i = token.Start; i < token.End; i++)
            {
                covered[i] = true;
            }
        }

        Assert.All(Enumerable.Range(0, text.Length).Where(i => !covered[i]), i => Assert.True(char.IsWhiteSpace(text[i])));
    }

    [Fact]
    public void Marks_line_breaks_before_tokens()
    {
        var tokens = Tokenizer.Tokenize("one two\nthree");

        Assert.Equal([false, false, true], tokens.Select(t => t.LineBreakBefore));
    }

    [Theory]
    [InlineData("Gen.", TokenKind.Abbreviation)]
    [InlineData("1,200", TokenKind.Number)]
    [InlineData("“", TokenKind.Quote)]
    [InlineData("—", TokenKind.Dash)]
    [InlineData("https://example.org", TokenKind.Url)]
    [InlineData("@handle", TokenKind.Handle)]
    [InlineData("🙏", TokenKind.Symbol)]
    [InlineData("?", TokenKind.Terminal)]
    [InlineData(",", TokenKind.Punctuation)]
    [InlineData("Kharkiv", TokenKind.Word)]
    public void Classifies_each_kind_of_token(string text, TokenKind kind)
    {
        var token = Assert.Single(Tokenizer.Tokenize(text));

        Assert.Equal(kind, token.Kind);
    }

    [Fact]
    public void Marks_clitics()
    {
        var tokens = Tokenizer.Tokenize("Norway's");

        Assert.Equal([TokenKind.Word, TokenKind.Clitic], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Empty_and_blank_text_give_no_tokens()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \n\t "));
    }

    [Fact]
    public void A_lone_surrogate_does_not_break_the_scan()
    {
        var tokens = Tokenizer.Tokenize("a \uD83D b");

        Assert.Equal(3, tokens.Length);
    }
}
