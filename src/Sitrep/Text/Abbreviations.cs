using System.Collections.Frozen;
using Sitrep.Lexicons;

namespace Sitrep.Text;

/// <summary>The abbreviation lexicon (<c>Lexicons/abbreviations.txt</c>), looked up without allocating.</summary>
internal static class Abbreviations
{
    private static readonly FrozenDictionary<string, bool> IsTitleByWord =
        LexiconResource.ReadRows("abbreviations.txt")
            .ToFrozenDictionary(row => row[0], row => row.Length > 1 && row[1] == "title", StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        IsTitleByWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its period) is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) => Lookup.ContainsKey(word);

    /// <summary>True when <paramref name="word"/> (without its period) is a title that precedes a name.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var isTitle) && isTitle;
}
