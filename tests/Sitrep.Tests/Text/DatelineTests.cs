using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("KYIV, Ukraine — Drones hit the port.", "Drones")]
    [InlineData("ODESA (Wire Service) — Power was cut.", "Power")]
    [InlineData("Kharkiv, Ukraine – Shelling resumed.", "Shelling")]
    public void The_body_starts_after_the_dash(string text, string firstBodyWord)
    {
        var tokens = Tokenizer.Tokenize(text);

        var start = Dateline.BodyStart(text, tokens.AsSpan(), 0);

        Assert.NotNull(start);
        Assert.Equal(firstBodyWord, tokens[start.Value].Span.Of(text));
    }

    [Theory]
    [InlineData("Kharkiv, Sumy and Odesa — all three were hit.")]
    [InlineData("Officials said the strike — the third this week — killed two.")]
    [InlineData("KYIV, Ukraine —")]
    [InlineData("a, B — c")]
    public void Sentences_without_a_dateline_start_where_they_start(string text)
    {
        Assert.Null(Dateline.BodyStart(text, Tokenizer.Tokenize(text).AsSpan(), 0));
    }
}
