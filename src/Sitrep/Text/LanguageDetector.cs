namespace Sitrep.Text;

/// <summary>
/// Tells English, Ukrainian and Russian apart from the letters of a text, the one signal that is
/// reliable offline for these three: Latin against Cyrillic settles English; among Cyrillic texts
/// і ї є ґ (and the modifier apostrophe ʼ) occur only in Ukrainian, ы э ъ ё only in Russian.
/// </summary>
public static class LanguageDetector
{
    /// <summary>ISO 639-1 code for English.</summary>
    public const string English = "en";

    /// <summary>ISO 639-1 code for Ukrainian.</summary>
    public const string Ukrainian = "uk";

    /// <summary>ISO 639-1 code for Russian.</summary>
    public const string Russian = "ru";

    /// <summary>The languages <see cref="Detect"/> can return.</summary>
    public static IReadOnlyList<string> Codes { get; } = [English, Ukrainian, Russian];

    /// <summary>
    /// <c>uk</c>, <c>ru</c> or <c>en</c> for <paramref name="text"/>: Cyrillic when Cyrillic letters
    /// outnumber Latin ones (a Ukrainian post quoting "Shahed" stays Ukrainian), then the letters only
    /// one of the two languages writes. A Cyrillic text holding none of them is Russian, the language
    /// whose remaining alphabet it fits (Ukrainian prose without і is all but impossible).
    /// </summary>
    public static string Detect(ReadOnlySpan<char> text)
    {
        int latin = 0, cyrillic = 0, ukrainian = 0, russian = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                switch (char.ToLowerInvariant(c))
                {
                    case 'і' or 'ї' or 'є' or 'ґ':
                        ukrainian++;
                        break;
                    case 'ы' or 'э' or 'ъ' or 'ё':
                        russian++;
                        break;
                }
            }
            else if (c == 'ʼ')
            {
                ukrainian++;
            }
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                latin++;
            }
        }

        if (cyrillic == 0 || cyrillic < latin)
        {
            return English;
        }

        return ukrainian > russian ? Ukrainian : Russian;
    }

    /// <summary>True when <paramref name="language"/> is written in Cyrillic.</summary>
    public static bool IsCyrillic(string language) => language is Ukrainian or Russian;
}
