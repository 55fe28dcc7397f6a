using System.Text;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

/// <summary>
/// Random text built from the characters that trouble news tokenizers (quotes, dashes, periods,
/// surrogates, line breaks) must keep the text model's invariants. Seeded, so failures reproduce.
/// </summary>
public sealed class TextInvariantTests
{
    private static readonly string[] Pieces =
    [
        "a", "Kyiv", "U.S.", "Gen.", "'", "\"", "“", "”", "‘", "’", "—", "–", "-", "--", ".", "...", "?", "!", ",",
        " ", " ", " ", "\n", "\r\n", "\n\n", "1,200", "3.5", "45-year-old", "n't", "'s", "@x", "#y", "http://x.org/a.",
        "🙏", "👨‍👩‍👧", "\uD83D", "\uDE4F", "Х", "ї", "\u0301", "(", ")", "*", "\t", "\u2028",
    ];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_text_keeps_tokens_sentences_and_paragraphs_consistent(int seed)
    {
        var text = RandomText(new Random(seed), 400);

        var tokens = Tokenizer.Tokenize(text);
        var (sentences, paragraphs) = SentenceSplitter.Split(text, tokens);

        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length, $"token {token.Span} in seed {seed}");
            Assert.True(text.AsSpan(previousEnd, token.Start - previousEnd).IsWhiteSpace(), $"gap before {token.Span} in seed {seed}");
            previousEnd = token.End;
        }

        Assert.True(text.AsSpan(previousEnd).IsWhiteSpace());
        Assert.Equal(tokens.Length, sentences.Sum(s => s.TokenCount));
        Assert.Equal(sentences.Length, paragraphs.Sum(p => p.SentenceCount));
        Assert.All(sentences, s => Assert.True(paragraphs[s.Paragraph].Span.Contains(s.Span)));
    }

    private static string RandomText(Random random, int pieces)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }
}
