namespace Sitrep.Text;

/// <summary>Well-formedness of UTF-16 text: the engine accepts any string, including unpaired surrogates.</summary>
public static class Utf16
{
    /// <summary>True when <paramref name="text"/> holds a surrogate that is not half of a pair.</summary>
    public static bool HasUnpairedSurrogate(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        for (var i = first; i >= 0 && i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="text"/> with every unpaired surrogate replaced by U+FFFD: same length, so offsets hold,
    /// and safe for Unicode normalisation (which throws on unpaired surrogates). The same string when well formed.
    /// </summary>
    public static string Repaired(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasUnpairedSurrogate(text))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
