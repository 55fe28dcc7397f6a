using System.Collections.Frozen;

namespace Sitrep.Entities.Resolution;

/// <summary>
/// Phrases of a lexicon keyed by their words joined with single spaces, matched longest-first over
/// a document's words. Only positions whose word starts some phrase build candidate strings.
/// </summary>
/// <typeparam name="T">The value of a phrase.</typeparam>
internal sealed class PhraseIndex<T>
{
    private readonly FrozenDictionary<string, T> _phrases;
    private readonly FrozenSet<string> _firstWords;
    private readonly int _maxWords;

    /// <summary>Indexes <paramref name="phrases"/>. Lower-case lexicons are matched against <see cref="EntityContext.Lower"/>.</summary>
    public PhraseIndex(IEnumerable<KeyValuePair<string, T>> phrases)
    {
        _phrases = phrases.ToFrozenDictionary(StringComparer.Ordinal);
        _firstWords = _phrases.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        _maxWords = _phrases.Keys.Select(k => k.Split(' ').Length).DefaultIfEmpty(1).Max();
    }

    /// <summary>The longest phrase starting at word <paramref name="start"/> (length 0 when none).</summary>
    public (int Length, T? Value) MatchAt(IReadOnlyList<string> words, int start, int limit = int.MaxValue)
    {
        if (start < 0 || start >= words.Count || !_firstWords.Contains(words[start]))
        {
            return (0, default);
        }

        for (var length = Math.Min(Math.Min(_maxWords, words.Count - start), limit); length >= 1; length--)
        {
            if (_phrases.TryGetValue(Join(words, start, length), out var value))
            {
                return (length, value);
            }
        }

        return (0, default);
    }

    /// <summary>The longest phrase ending at word <paramref name="end"/> (inclusive; length 0 when none).</summary>
    public (int Length, T? Value) MatchEndingAt(IReadOnlyList<string> words, int end, int floor = 0)
    {
        for (var length = Math.Min(_maxWords, end - floor + 1); length >= 1; length--)
        {
            var start = end - length + 1;
            if (_firstWords.Contains(words[start]) && _phrases.TryGetValue(Join(words, start, length), out var value))
            {
                return (length, value);
            }
        }

        return (0, default);
    }

    private string Join(IReadOnlyList<string> words, int start, int length)
    {
        if (length == 1)
        {
            return words[start];
        }

        var parts = new string[length];
        for (var i = 0; i < length; i++)
        {
            parts[i] = words[start + i];
        }

        return string.Join(' ', parts);
    }
}
