using System.Globalization;
using System.Text;

namespace Sitrep.Entities.Resolution;

/// <summary>
/// A spelling-tolerant key for one name word, so transliteration variants meet: case and accents
/// dropped, y/j read as i, doubled letters single ("Zelenskyy", "Zelensky", "Zelenskiy" -> "zelenski";
/// "Sergey", "Sergei" -> "sergei").
/// </summary>
internal static class NameKey
{
    /// <summary>The key of <paramref name="word"/>.</summary>
    public static string Of(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in Text.Utf16.Repaired(word).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || !char.IsLetter(c))
            {
                continue;
            }

            var folded = char.ToLowerInvariant(c) switch
            {
                'y' or 'j' => 'i',
                var other => other,
            };
            if (builder.Length == 0 || builder[^1] != folded)
            {
                builder.Append(folded);
            }
        }

        return builder.ToString();
    }
}
