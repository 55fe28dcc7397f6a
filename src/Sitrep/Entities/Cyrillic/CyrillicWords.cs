namespace Sitrep.Entities.Cyrillic;

/// <summary>
/// Word tests for Ukrainian and Russian names: the stem that case endings leave (so "Синєгубов",
/// "Синєгубова" and "Синєгубову" are one name), surname and patronymic shapes. Written for Sitrep.
/// </summary>
internal static class CyrillicWords
{
    // Case endings of nouns and adjectives in both languages, longest first.
    private static readonly string[] Endings =
        ["ого", "ому", "ими", "ами", "ями", "ією", "ою", "ею", "єю", "ої", "ії", "ія", "ію", "ієм", "ия", "ию", "ии", "ием", "ій", "ий", "ый", "ой", "ым", "им", "ім", "ом", "ем", "єм", "ах", "ях",
         "а", "я", "у", "ю", "і", "и", "ы", "е", "є", "о", "й", "ь"];

    // What a surname's stem ends in once its case ending is gone: Шевченк(о), Ковальчук, Зеленськ(ий), Синєгубов(а).
    private static readonly string[] SurnameStems =
        ["енк", "чук", "щук", "юк", "ук", "ськ", "цьк", "зьк", "ск", "цк", "ов", "ев", "єв", "ёв", "ін", "ин", "ович", "евич", "ич", "ян", "швіл", "швил", "дзе", "ай", "ак", "ець"];

    private static readonly string[] PatronymicStems = ["ович", "евич", "йович", "івн", "ївн", "овн", "евн", "ичн", "інічн"];

    // Acronyms of common nouns in both languages' news: media, accidents, weapons and facilities, not names.
    private static readonly HashSet<string> CommonAcronyms = new(
        ["СМИ", "ЗМІ", "ДТП", "ЧП", "ВВП", "ПВО", "ППО", "БПЛА", "БпЛА", "РСЗВ", "РСЗО", "ЗРК", "КАБ", "ФАБ", "УАБ", "АЭС", "АЕС", "ТЭЦ", "ТЕЦ", "ЛЭП", "ЛЕП", "ПТРК", "РЭБ", "РЕБ", "ДРГ", "ВПК", "ОПК", "НДС", "ПДВ", "ЖКГ", "ЖКХ", "ІТ", "ИТ", "ЕКГ"],
        StringComparer.Ordinal);

    // Prepositions that put a following name in a place: в/у/на/из/з/до/під/біля/возле/около/над.
    private static readonly HashSet<string> PlacePrepositions = new(
        ["в", "во", "у", "на", "из", "із", "з", "зі", "до", "під", "под", "біля", "возле", "около", "поблизу", "над", "через"],
        StringComparer.OrdinalIgnoreCase);

    // Kind words and their abbreviations before a settlement's name: "с. Веселе", "селище Козача Лопань".
    private static readonly HashSet<string> PlaceKindWords = new(
        ["м.", "с.", "смт", "сел.", "г.", "пос.", "пгт", "д.", "місто", "місті", "міста", "село", "селі", "села", "селище", "селищі", "селища", "город", "городе", "города", "село", "деревня", "деревне", "поселок", "посёлок", "поселке", "посёлке"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a kind word or abbreviation that precedes a settlement's name.</summary>
    public static bool IsPlaceKindWord(string word) => PlaceKindWords.Contains(word);

    /// <summary>True for an acronym of a common noun ("СМИ", "БпЛА", "АЕС").</summary>
    public static bool IsCommonAcronym(string word) => CommonAcronyms.Contains(word);

    /// <summary>True for a preposition after which a name is a place.</summary>
    public static bool IsPlacePreposition(string word) => PlacePrepositions.Contains(word);

    /// <summary>
    /// True for a capitalised adjective form ("Османской", "Турецкой", "Стратегический"): its stem ends in -ск/-цк/-ськ
    /// with an adjective ending. Surnames of that shape are found by their given name, role word or earlier mention.
    /// </summary>
    public static bool IsAdjectiveLike(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length > 5 && (lower.EndsWith("ской", StringComparison.Ordinal) || lower.EndsWith("ская", StringComparison.Ordinal)
            || lower.EndsWith("ский", StringComparison.Ordinal) || lower.EndsWith("ского", StringComparison.Ordinal) || lower.EndsWith("цкой", StringComparison.Ordinal)
            || lower.EndsWith("цкий", StringComparison.Ordinal) || lower.EndsWith("ською", StringComparison.Ordinal) || lower.EndsWith("ської", StringComparison.Ordinal)
            || lower.EndsWith("ській", StringComparison.Ordinal) || lower.EndsWith("ська", StringComparison.Ordinal) || lower.EndsWith("ний", StringComparison.Ordinal)
            || lower.EndsWith("ный", StringComparison.Ordinal) || lower.EndsWith("ная", StringComparison.Ordinal) || lower.EndsWith("ной", StringComparison.Ordinal));
    }

    /// <summary>True for a word whose first letter is a Cyrillic capital.</summary>
    public static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 0 && word[0] is >= 'А' and <= 'Я' or 'Є' or 'І' or 'Ї' or 'Ґ' or 'Ё';

    /// <summary>True for an acronym written in Cyrillic capitals ("ЗСУ", "ДСНС", "МИД").</summary>
    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 6)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!(char.IsUpper(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The lower-case stem of <paramref name="word"/>: the word less its longest case ending, keeping three letters.</summary>
    public static string Stem(ReadOnlySpan<char> word)
    {
        var lower = word.ToString().ToLowerInvariant().Replace('’', '\'').Replace('ʼ', '\'');
        foreach (var ending in Endings)
        {
            if (lower.Length - ending.Length >= 3 && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                return lower[..^ending.Length];
            }
        }

        return lower;
    }

    /// <summary>True when <paramref name="word"/> has the shape of a Ukrainian or Russian surname in any case.</summary>
    public static bool LooksLikeSurname(ReadOnlySpan<char> word) => IsCapitalized(word) && word.Length >= 4 && EndsWithAny(Stem(word), SurnameStems);

    /// <summary>True for a patronymic in any case ("Володимирович", "Миколаївни").</summary>
    public static bool IsPatronymic(ReadOnlySpan<char> word) => IsCapitalized(word) && word.Length >= 6 && EndsWithAny(Stem(word), PatronymicStems);

    private static bool EndsWithAny(string stem, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (stem.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
