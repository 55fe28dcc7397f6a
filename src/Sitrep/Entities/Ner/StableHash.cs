namespace Sitrep.Entities.Ner;

/// <summary>
/// Stable 64-bit hashing for model features: FNV-1a over UTF-16 code units plus a SplitMix64 mixer.
/// The same input gives the same hash on every machine and run (unlike <c>string.GetHashCode</c>),
/// which a committed model file depends on.
/// </summary>
internal static class StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>FNV-1a of the characters as written.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>FNV-1a of the characters lower-cased (invariant) with every digit read as 0.</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ Fold(c)) * Prime;
        }

        return hash;
    }

    /// <summary>Folds one character for <see cref="OfLower"/>.</summary>
    public static char Fold(char c) => char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);

    /// <summary>Adds one character to a running FNV-1a hash.</summary>
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>The FNV-1a start value.</summary>
    public static ulong Start => Offset;

    /// <summary>SplitMix64 finaliser: spreads the bits of <paramref name="x"/>.</summary>
    public static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>Combines a feature template id with one value.</summary>
    public static ulong Feature(ulong template, ulong a) => Mix((template * 0x9E3779B97F4A7C15UL) ^ a);

    /// <summary>Combines a feature template id with two values.</summary>
    public static ulong Feature(ulong template, ulong a, ulong b) => Mix((template * 0x9E3779B97F4A7C15UL) ^ a ^ Mix(b + template));
}
