using System.Collections.Concurrent;

namespace Sitrep.Text;

/// <summary>
/// The strings of words seen before, with their lower-cased forms, shared by every stage and document: a
/// known word costs one lookup and no allocation wherever a stage needs its token texts as strings (the
/// entities context, the events word table). Bounded: past the cap, new words are allocated per use.
/// </summary>
internal static class WordStrings
{
    private const int CacheCap = 200_000;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CacheBySpan =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lower-cased (invariant) form of <paramref name="word"/>.</summary>
    public static string Lower(ReadOnlySpan<char> word)
    {
        Of(word, out _, out var lower);
        return lower;
    }

    /// <summary><paramref name="word"/> as a string and lower-cased (invariant; the same string when already lower case).</summary>
    public static void Of(ReadOnlySpan<char> word, out string original, out string lower)
    {
        if (CacheBySpan.TryGetValue(word, out var key, out var known))
        {
            (original, lower) = (key, known);
            return;
        }

        original = word.ToString();
        lower = original.ToLowerInvariant();
        if (Cache.Count < CacheCap)
        {
            Cache.TryAdd(original, lower);
        }
    }
}
