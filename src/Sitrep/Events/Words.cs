using System.Collections.Immutable;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>The document's tokens lower-cased once, so every lexicon lookup is a plain string match.</summary>
internal sealed class Words
{
    public Words(Document document)
    {
        Text = document.Text;
        Tokens = document.Tokens;
        // One string per distinct word of this document (WordPool): a fresh string per token made a text of
        // millions of tokens hold millions of copies of the same few words.
        var pool = new WordPool();
        var lower = new string[Tokens.Length];
        for (var i = 0; i < lower.Length; i++)
        {
            lower[i] = pool.LowerOf(document.Slice(Tokens[i]));
        }

        Lower = lower;
    }

    public string Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public IReadOnlyList<string> Lower { get; }

    /// <summary>The characters from token <paramref name="first"/> to token <paramref name="last"/> inclusive.</summary>
    public TextSpan Span(int first, int last) => new(Tokens[first].Start, Tokens[last].End);

    public bool IsCapitalized(int i) => Tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(Text[Tokens[i].Start]);

    public bool Is(int i, string word) => i >= 0 && i < Lower.Count && Lower[i] == word;

    /// <summary>Index of the first token starting at or after <paramref name="offset"/> (binary search).</summary>
    public int TokenFrom(int offset) => FirstToken(offset, byEnd: false);

    /// <summary>Index of the first token ending after <paramref name="offset"/> (binary search).</summary>
    public int TokenEndingAfter(int offset) => FirstToken(offset, byEnd: true);

    private int FirstToken(int offset, bool byEnd)
    {
        var (lo, hi) = (0, Tokens.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = (byEnd ? Tokens[mid].End : Tokens[mid].Start + 1) <= offset ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }
}
