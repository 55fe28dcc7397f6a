namespace Sitrep.Places;

/// <summary>
/// The case forms of a Ukrainian or Russian place name, generated from its nominative so that inflected
/// mentions ("у Харкові", "з Києва", "Белгородской области", "на Сумщині") find the gazetteer entry by an
/// exact key. Written for Sitrep from the declension classes of both languages' grammars: each word is
/// declined by its ending (adjective, a-/ja-stem, o-stem, plural, consonant stem with the Ukrainian і→о/е,
/// ї→є alternation of closed last syllables: Харків → Харкова, Київ → Києва, Тернопіль → Тернополя). It
/// over-generates on purpose (a Russian ending on a Ukrainian name does no harm: it only adds a key no
/// real word of the other language has); a key is the lower-case form <see cref="PlaceKey"/> makes.
/// </summary>
internal static class CyrillicInflection
{
    // Genitive, dative, accusative, instrumental and locative endings of each class, both languages together.
    private static readonly string[] AdjectiveMasculine = ["ого", "ому", "им", "ым", "ім", "ом", "ем"];
    private static readonly string[] AdjectiveNeuter = ["ого", "ому", "им", "ым", "ім", "ом"];
    private static readonly string[] FeminineA = ["и", "ы", "і", "е", "у", "ою", "ой", "ої", "ій", "ей"];
    private static readonly string[] FeminineJa = ["і", "ї", "и", "е", "ю", "ею", "єю", "ей", "ям", "ем"];
    private static readonly string[] AdjectiveFeminineRussian = ["ой", "ую", "ою"];
    private static readonly string[] NeuterO = ["а", "у", "ом", "і", "е", "ові"];
    private static readonly string[] Plural = ["", "ів", "ах", "ях", "ам", "ям", "ами", "ями", "ов"];
    private static readonly string[] Consonant = ["а", "у", "ові", "еві", "і", "е", "ом", "ем", "ю", "я", "ой"];
    private static readonly string[] SoftSign = ["я", "ю", "і", "е", "ем", "ею", "ей"];

    // Long names multiply their words' forms; the first combinations cover every case of the head words.
    private const int MaxFormsPerName = 160;

    /// <summary>True when <paramref name="key"/> is written in Cyrillic (its first letter is).</summary>
    public static bool IsCyrillic(ReadOnlySpan<char> key) => key.Length > 0 && key[0] is >= '\u0400' and <= '\u04FF';

    /// <summary>
    /// The inflected keys of the nominative <paramref name="key"/> (itself excluded). Each word of a name takes
    /// the same case; a name with "на" ("ростов на дону") declines only the words before it.
    /// </summary>
    public static IEnumerable<string> Forms(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var words = key.Split(' ');
        var declined = Array.IndexOf(words, "на") is var on and > 0 ? on : words.Length;
        var perWord = new List<string>[declined];
        for (var w = 0; w < declined; w++)
        {
            perWord[w] = w > 0 && words[w].Length == 2 && IsCyrillic(words[w]) && IsConsonant(words[w][^1])
                ? [words[w], .. Consonant.Select(e => words[w] + e)] // "Часов Яр" → "Часова Яра": a short head word declines too
                : WordForms(words[w]);
        }

        // Every form of each word with every form of the others ("білої церкви", "білій церкві"): classes differ
        // between words, so cases cannot be lined up by position; the extra pairs are harmless keys.
        var seen = new HashSet<string>(StringComparer.Ordinal) { key };
        foreach (var combination in Combine(perWord, 0, new string[declined]).Take(MaxFormsPerName))
        {
            var form = string.Join(' ', combination.Concat(words.Skip(declined)));
            if (seen.Add(form))
            {
                yield return form;
            }
        }
    }

    private static IEnumerable<string[]> Combine(List<string>[] perWord, int w, string[] current)
    {
        if (w == perWord.Length)
        {
            yield return current;
            yield break;
        }

        // One word: all its forms. Several: at most a few dozen keys per name, enough for two-word names.
        foreach (var form in perWord[w])
        {
            current[w] = form;
            foreach (var rest in Combine(perWord, w + 1, current))
            {
                yield return rest;
            }
        }
    }

    /// <summary>
    /// The Russian spelling of a one-word Ukrainian town name ending in -цьк, -ськ or -зьк (Торецьк → Торецк), or
    /// null when the key is no such name or has letters only Ukrainian uses (і, ї, є, ґ), whose Russian form differs more.
    /// </summary>
    public static string? RussianSpelling(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Contains(' ', StringComparison.Ordinal) || key.Length < 5 || !(key.EndsWith("цьк", StringComparison.Ordinal)
            || key.EndsWith("ськ", StringComparison.Ordinal) || key.EndsWith("зьк", StringComparison.Ordinal)))
        {
            return null;
        }

        return key.AsSpan(0, key.Length - 3).IndexOfAny("іїєґ") >= 0 ? null : key[..^2] + "к";
    }

    /// <summary>The word itself, then its case forms.</summary>
    internal static List<string> WordForms(string word)
    {
        var forms = new List<string> { word };
        if (word.Length < 3 || !IsCyrillic(word) || word is "область" or "край" or "республіка" or "республика" or "округ" or "район")
        {
            forms.AddRange(KindWordForms(word));
            return forms;
        }

        if (EndsWith(word, "ий", "ій", "ый", "ой") && word.Length > 4)
        {
            Add(forms, word[..^2], AdjectiveMasculine);
        }
        else if (EndsWith(word, "ая"))
        {
            Add(forms, word[..^2], AdjectiveFeminineRussian);
        }
        else if (EndsWith(word, "яя"))
        {
            Add(forms, word[..^2], ["ей", "юю"]);
        }
        else if (EndsWith(word, "ське", "цьке", "зьке", "ское", "цкое", "ове", "еве", "ине", "не", "ее", "ое"))
        {
            Add(forms, word[..^1], ["я", "ю", "і"]);
            Add(forms, word[..^(EndsWith(word, "ее", "ое") ? 2 : 1)], AdjectiveNeuter);
        }
        else if (word[^1] == 'а')
        {
            Add(forms, word[..^1], FeminineA);
            AddPalatalized(forms, word[..^1]);
        }
        else if (word[^1] == 'я')
        {
            Add(forms, word[..^1], FeminineJa);
        }
        else if (word[^1] is 'о' or 'е' or 'є')
        {
            Add(forms, word[..^1], NeuterO);
        }
        else if (word[^1] is 'и' or 'ы' or 'і')
        {
            Add(forms, word[..^1], Plural);
        }
        else if (word[^1] == 'ь')
        {
            foreach (var stem in Alternations(word[..^1]))
            {
                Add(forms, stem, SoftSign);
            }
        }
        else if (word[^1] == 'й')
        {
            Add(forms, word[..^1], ["я", "ю", "ї", "і", "ем", "єм", "е"]);
        }
        else if (IsConsonant(word[^1]))
        {
            foreach (var stem in Alternations(word))
            {
                Add(forms, stem, Consonant);
                AddPalatalized(forms, stem);
            }
        }

        return forms;
    }

    // "область" and the other kind words of admin-1 names decline on their own: "Харківської області".
    private static IEnumerable<string> KindWordForms(string word) => word switch
    {
        "область" => ["області", "областю", "обл", "области", "областью"],
        "край" => ["краю", "краї", "крае", "краем", "краєм"],
        "республіка" => ["республіки", "республіці", "республіку", "республікою"],
        "республика" => ["республики", "республике", "республику", "республикой"],
        "округ" => ["округу", "округа", "округе", "округом", "окрузі"],
        _ => [],
    };

    /// <summary>
    /// The stem as written and, when its last syllable is closed by one or two consonants after і or ї, the
    /// stems the Ukrainian oblique cases use: Харків → Харков, Київ → Києв, Ріг → Рог, Тернопіл → Тернопол.
    /// </summary>
    private static IEnumerable<string> Alternations(string stem)
    {
        yield return stem;
        var end = stem.Length - 1;
        while (end > 0 && IsConsonant(stem[end]) && stem.Length - end <= 2)
        {
            end--;
        }

        if (end <= 0 || stem.Length - end > 3)
        {
            yield break;
        }

        switch (stem[end])
        {
            case 'і':
                yield return string.Concat(stem.AsSpan(0, end), "о", stem.AsSpan(end + 1));
                yield return string.Concat(stem.AsSpan(0, end), "е", stem.AsSpan(end + 1));
                break;
            case 'ї':
                yield return string.Concat(stem.AsSpan(0, end), "є", stem.AsSpan(end + 1));
                break;
        }
    }

    // Ukrainian dative/locative in -і softens к г х to ц з с: Каховка → Каховці, Ріг → Розі.
    private static void AddPalatalized(List<string> forms, string stem)
    {
        var softened = stem[^1] switch { 'к' => 'ц', 'г' => 'з', 'х' => 'с', _ => '\0' };
        if (softened != '\0')
        {
            forms.Add(string.Concat(stem.AsSpan(0, stem.Length - 1), softened.ToString(), "і"));
        }
    }

    private static void Add(List<string> forms, string stem, string[] endings)
    {
        foreach (var ending in endings)
        {
            forms.Add(stem + ending);
        }
    }

    private static bool EndsWith(string word, params ReadOnlySpan<string> endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConsonant(char c) => c is (>= 'а' and <= 'я') or 'ґ' && !"аеиоуыэюяьй".Contains(c, StringComparison.Ordinal);
}
