using System.Collections.Concurrent;
using System.Collections.Immutable;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>The document's tokens lower-cased once, so every lexicon lookup is a plain string match.</summary>
internal sealed class Words
{
    // Lower-cased forms of words seen before, shared by all documents so a known word costs one
    // lookup and no allocation. Bounded: past the cap, new words are lower-cased per document.
    private const int CacheCap = 200_000;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CacheBySpan =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    public Words(Document document)
    {
        Text = document.Text;
        Tokens = document.Tokens;
        var lower = new string[Tokens.Length];
        for (var i = 0; i < lower.Length; i++)
        {
            lower[i] = Lowered(document.Slice(Tokens[i]));
        }

        Lower = lower;
    }

    private static string Lowered(ReadOnlySpan<char> word)
    {
        if (CacheBySpan.TryGetValue(word, out var known))
        {
            return known;
        }

        var original = word.ToString();
        var lowered = original.ToLowerInvariant();
        if (Cache.Count < CacheCap)
        {
            Cache.TryAdd(original, lowered);
        }

        return lowered;
    }

    public string Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public IReadOnlyList<string> Lower { get; }

    /// <summary>The characters from token <paramref name="first"/> to token <paramref name="last"/> inclusive.</summary>
    public TextSpan Span(int first, int last) => new(Tokens[first].Start, Tokens[last].End);

    public bool IsCapitalized(int i) => Tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(Text[Tokens[i].Start]);

    public bool Is(int i, string word) => i >= 0 && i < Lower.Count && Lower[i] == word;
}
