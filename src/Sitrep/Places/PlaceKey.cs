using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// The lookup key of a place name: accents stripped, lower case, apostrophes dropped, hyphens and runs of
/// spaces turned into one space, a leading "the" dropped ("the Black Sea" and "Black Sea" share a key).
/// </summary>
internal static class PlaceKey
{
    // Base letter of each code unit up to U+024F (Latin Extended-B), computed once: accents fold cheaply.
    private static readonly char[] Fold = BuildFold();

    /// <summary>The key of <paramref name="name"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Of(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return new string(Of(name, buffer));
    }

    /// <summary>
    /// The key of <paramref name="name"/> written into <paramref name="buffer"/> (at least as long as the name),
    /// without allocating: for probes whose key is needed as a string only when the gazetteer holds it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<char> Of(ReadOnlySpan<char> name, Span<char> buffer)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var raw in name)
        {
            var c = raw < Fold.Length ? Fold[raw] : char.ToLowerInvariant(raw);
            if (c is '\'' or '’' or 'ʼ' or '`' or '‘' or '.')
            {
                continue;
            }

            if (c is ' ' or '-' or '‐' or '–' or '\t' or '\n' or '\r' or '\u00a0')
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        ReadOnlySpan<char> key = buffer[..length];
        if (key.StartsWith("the ") && key.Length > 4)
        {
            key = key[4..];
        }

        return key;
    }

    /// <summary>
    /// The key with a leading abbreviation spelled out ("mt pleasant" -> "mount pleasant", "ft worth" -> "fort worth",
    /// "st cloud" -> "saint cloud"), or null when it starts with none.
    /// </summary>
    public static string? SpelledOut(string key)
    {
        foreach (var (abbreviation, full) in Abbreviations)
        {
            if (key.StartsWith(abbreviation, StringComparison.Ordinal) && key.Length > abbreviation.Length)
            {
                return string.Concat(full, key.AsSpan(abbreviation.Length));
            }
        }

        return null;
    }

    private static readonly (string, string)[] Abbreviations = [("mt ", "mount "), ("ft ", "fort "), ("st ", "saint "), ("pt ", "point ")];

    private static char[] BuildFold()
    {
        var fold = new char[0x250];
        for (var i = 0; i < fold.Length; i++)
        {
            var c = (char)i;
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
                ? decomposed[0] : c;
            fold[i] = char.ToLowerInvariant(baseChar);
        }

        fold['ł'] = 'l';
        fold['Ł'] = 'l';
        fold['ø'] = 'o';
        fold['Ø'] = 'o';
        fold['đ'] = 'd';
        fold['ı'] = 'i';
        return fold;
    }
}
