namespace Sitrep.Entities.Cyrillic;

/// <summary>
/// The nominative of a Ukrainian or Russian person name found in another case ("Ігоря Терехова" → "Ігор
/// Терехов", "Анны Волковой" → "Анна Волкова"): given names from the lexicon, surnames by the endings of
/// their declension classes (-ов/-ев/-ін/-ин, -ський/-цький, -ова/-ева/-ська). A word no rule knows stays as written.
/// </summary>
internal static class NameNominative
{
    private static readonly Dictionary<string, string> FirstNames = ReadFirstNames();

    // Oblique endings of possessive-type surnames and the nominative they come from, longest first.
    private static readonly (string Oblique, string Nominative)[] SurnameEndings =
    [
        ("ського", "ський"), ("ському", "ський"), ("ським", "ський"), ("ської", "ська"), ("ській", "ська"), ("ську", "ська"), ("ською", "ська"),
        ("цького", "цький"), ("цькому", "цький"), ("цьким", "цький"),
        ("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ской", "ская"), ("скую", "ская"), ("цкого", "цкий"), ("цкому", "цкий"), ("цким", "цкий"),
        ("ової", "ова"), ("овій", "ова"), ("овою", "ова"), ("овой", "ова"), ("ову", "ова"), ("евой", "ева"), ("евою", "ева"), ("еву", "ева"), ("євої", "єва"),
        ("іної", "іна"), ("іну", "іна"), ("иной", "ина"), ("ину", "ина"),
        ("ова", "ов"), ("ову", "ов"), ("овим", "ов"), ("овым", "ов"), ("овом", "ов"), ("ові", "ов"), ("ове", "ов"),
        ("ева", "ев"), ("еву", "ев"), ("евим", "ев"), ("евым", "ев"), ("єва", "єв"), ("єву", "єв"), ("євим", "єв"),
        ("іна", "ін"), ("іну", "ін"), ("іним", "ін"), ("ина", "ин"), ("ину", "ин"), ("иным", "ин"),
        ("енка", "енко"), ("енку", "енко"), ("енком", "енко"),
        ("чука", "чук"), ("чуку", "чук"), ("чуком", "чук"), ("юка", "юк"), ("юку", "юк"), ("юком", "юк"),
    ];

    /// <summary>The nominative of <paramref name="name"/> (words separated by spaces).</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ');
        var feminine = false;
        var obliqueMan = false;
        for (var w = 0; w < words.Length; w++)
        {
            if (FirstNames.TryGetValue(CyrillicWords.Stem(words[w]), out var nominative) && CyrillicWords.IsCapitalized(words[w]))
            {
                feminine = nominative.EndsWith('а') || nominative.EndsWith('я');
                obliqueMan = !feminine && words[w] != nominative;
                words[w] = nominative;
            }
        }

        for (var w = 0; w < words.Length; w++)
        {
            if (!FirstNames.ContainsKey(CyrillicWords.Stem(words[w])) && CyrillicWords.IsCapitalized(words[w]))
            {
                words[w] = Surname(words[w], feminine, obliqueMan);
            }
        }

        return string.Join(' ', words);
    }

    private static string Surname(string word, bool feminine, bool obliqueMan)
    {
        foreach (var (oblique, nominative) in SurnameEndings)
        {
            if (word.Length > oblique.Length + 2 && word.EndsWith(oblique, StringComparison.Ordinal))
            {
                // A woman's "Волкова" is already nominative; a man's genitive "Терехова" is not.
                if (feminine && oblique is "ова" or "ева" or "єва" or "іна" or "ина")
                {
                    return word;
                }

                return word[..^oblique.Length] + nominative;
            }
        }

        // A man's surname of the consonant declension after a given name in an oblique case: "Сергея Дудника",
        // "Сергію Дуднику", "Сергеем Дудником" are Дудник.
        if (obliqueMan && word.Length > 4)
        {
            foreach (var ending in ConsonantEndings)
            {
                if (word.EndsWith(ending, StringComparison.Ordinal) && !IsVowel(word[^(ending.Length + 1)]))
                {
                    return word[..^ending.Length];
                }
            }
        }

        return word;
    }

    private static readonly string[] ConsonantEndings = ["ом", "ові", "а", "у"];

    private static bool IsVowel(char c) => "аеєиіїоуюяыэё".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);

    private static Dictionary<string, string> ReadFirstNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lexicons.LexiconResource.ReadLines("entities.cyrillic-first-names.txt"))
        {
            names.TryAdd(CyrillicWords.Stem(line), line);
        }

        return names;
    }
}
