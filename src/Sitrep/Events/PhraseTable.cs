namespace Sitrep.Events;

/// <summary>
/// Multi-word phrases keyed by their first word, matched longest first against lower-cased tokens.
/// Immutable after construction.
/// </summary>
/// <typeparam name="T">The value a phrase carries.</typeparam>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, (string[] Words, T Value)[]> _byFirst;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries)
    {
        _byFirst = entries
            .Select(e => (Words: e.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), e.Value))
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The longest phrase starting at <paramref name="index"/> and ending before <paramref name="end"/>.</summary>
    public bool TryMatch(IReadOnlyList<string> words, int index, int end, out int length, out T value)
    {
        if (_byFirst.TryGetValue(words[index], out var candidates))
        {
            foreach (var (phrase, v) in candidates)
            {
                if (index + phrase.Length <= end && Matches(words, index, phrase))
                {
                    (length, value) = (phrase.Length, v);
                    return true;
                }
            }
        }

        (length, value) = (0, default!);
        return false;
    }

    /// <summary>The first value satisfying <paramref name="predicate"/>.</summary>
    public T? Find(Func<T, bool> predicate)
    {
        foreach (var candidates in _byFirst.Values)
        {
            foreach (var (_, value) in candidates)
            {
                if (predicate(value))
                {
                    return value;
                }
            }
        }

        return default;
    }

    private static bool Matches(IReadOnlyList<string> words, int index, string[] phrase)
    {
        for (var k = 1; k < phrase.Length; k++)
        {
            if (!string.Equals(words[index + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
