using System.Text;

namespace Sitrep.Entities.Cyrillic;

/// <summary>
/// Latin spellings of Ukrainian and Russian names for English-reading analysts. Ukrainian: the national
/// system (KMU 2010, Cabinet of Ministers Resolution No. 55): г h, ґ g, и y, і i, х kh, ц ts, щ shch, зг zgh;
/// є ї й ю я as ye yi y yu ya at the start of a word and ie i i iu ia elsewhere; ь and apostrophes dropped.
/// Russian: BGN/PCGN (what English-language media mostly use), simplified as they print it: е and ё are ye at
/// a word's start and after a vowel, ь or ъ, else e; ы y; э e; ь and ъ dropped.
/// </summary>
internal static class Romanization
{
    /// <summary><paramref name="text"/> in Latin letters by the scheme of <paramref name="language"/> (<c>uk</c> or <c>ru</c>).</summary>
    public static string Of(string text, string language) => language == Text.LanguageDetector.Ukrainian ? Ukrainian(text) : Russian(text);

    /// <summary>KMU 2010.</summary>
    public static string Ukrainian(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = char.ToLowerInvariant(c);
            var initial = i == 0 || !char.IsLetter(text[i - 1]) && text[i - 1] is not ('\'' or '’' or 'ʼ');
            var latin = lower switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' => i > 0 && char.ToLowerInvariant(text[i - 1]) == 'з' ? "gh" : "h", 'ґ' => "g", 'д' => "d", 'е' => "e",
                'є' => initial ? "ye" : "ie", 'ж' => "zh", 'з' => "z", 'и' => "y", 'і' => "i", 'ї' => initial ? "yi" : "i", 'й' => initial ? "y" : "i",
                'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u",
                'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ь' or '\'' or '’' or 'ʼ' => "",
                'ю' => initial ? "yu" : "iu", 'я' => initial ? "ya" : "ia",
                _ => null,
            };
            Append(builder, c, latin);
        }

        return builder.ToString();
    }

    /// <summary>BGN/PCGN, simplified as English-language media print it.</summary>
    public static string Russian(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = char.ToLowerInvariant(c);
            var previous = i == 0 ? ' ' : char.ToLowerInvariant(text[i - 1]);
            var yeContext = !char.IsLetter(previous) || "аеёиоуыэюяйъь".Contains(previous, StringComparison.Ordinal);
            var latin = lower switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'е' or 'ё' => yeContext ? "ye" : "e", 'ж' => "zh", 'з' => "z",
                'и' => "i", 'й' => "y", 'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s",
                'т' => "t", 'у' => "u", 'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ъ' or 'ь' => "",
                'ы' => "y", 'э' => "e", 'ю' => "yu", 'я' => "ya",
                _ => null,
            };
            Append(builder, c, latin);
        }

        return builder.ToString();
    }

    // Keeps the case of the original letter: a capital gives a capital first Latin letter ("Щ" -> "Shch").
    private static void Append(StringBuilder builder, char original, string? latin)
    {
        if (latin is null)
        {
            builder.Append(original);
        }
        else if (latin.Length > 0 && char.IsUpper(original))
        {
            builder.Append(char.ToUpperInvariant(latin[0])).Append(latin, 1, latin.Length - 1);
        }
        else
        {
            builder.Append(latin);
        }
    }
}
