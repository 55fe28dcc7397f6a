using Sitrep.Entities.Ner;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Entities.Cyrillic;

/// <summary>
/// Names in Ukrainian and Russian text by rules, lexicons and the gazetteer (no model: no openly licensed
/// Ukrainian training set exists, and the Russian ones are our measuring sets). Left to right over each run
/// of capitalised words: a listed organisation or an organisation head word ("Міністерство оборони України"),
/// a person (a given name, initials, a patronymic, or a surname after a role word or a given name), a place
/// the gazetteer knows in any case form ("Харкові", "Белгородской области"), a name seen earlier in the
/// document, a surname-shaped word inside a sentence, an acronym. Labels are BILOU bytes like
/// <see cref="NerTagger"/>'s. One instance per document: it remembers the type of each name's stem.
/// </summary>
internal sealed class CyrillicNameTagger : ISentenceTagger
{
    private const int MaxPlaceWords = 4;
    private const int MaxLowerInOrganization = 4;

    private readonly Gazetteer _gazetteer = Gazetteer.Shared;
    private readonly Dictionary<string, NerType> _memory = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, Span<byte> labels)
    {
        labels.Clear();
        var words = new string[tokens.Length];
        for (var k = 0; k < tokens.Length; k++)
        {
            words[k] = text.Slice(tokens[k].Start, tokens[k].Length).ToString();
        }

        var sentence = new TaggedSentence(words, text, tokens, labels);
        var i = 0;
        while (i < words.Length)
        {
            var end = IsNameStart(sentence, i) ? Classify(sentence, i) : i + 1;
            i = Math.Max(end, i + 1);
        }
    }

    private static bool IsNameStart(TaggedSentence s, int i) =>
        CyrillicWords.IsCapitalized(s.Words[i]) && char.IsLetter(s.Words[i][^1]) || IsInitial(s, i);

    // Returns the index after what it tagged (or after i when it tagged nothing).
    private int Classify(TaggedSentence s, int i)
    {
        var initial = i == 0 || s.Words[i - 1] is "—" or "–" or "-" or "«" or "\"" or "„" or "(" || IsListMark(s.Words[i - 1]);
        if (Organization(s, i) is var org and > 0)
        {
            return Emit(s, i, org, NerType.Organization);
        }

        if (Person(s, i, initial) is var person and > 0)
        {
            return Emit(s, i, person, NerType.Person);
        }

        if (Place(s, i, initial) is var place and > 0)
        {
            return Emit(s, i, place, NerType.Location);
        }

        // A capitalised name in guillemets is an organisation, outlet or party: «Укренерго», «Слуга народу».
        if (i > 0 && s.Words[i - 1] is "«" && QuotedEnd(s, i) is var quoted and > 0)
        {
            return Emit(s, i, quoted, NerType.Organization);
        }

        var stem = CyrillicWords.Stem(s.Words[i]);
        if (_memory.TryGetValue(stem, out var known))
        {
            return Emit(s, i, i + 1, known);
        }

        if (initial)
        {
            return i + 1;
        }

        // Two or three capitalised words inside a sentence that are no place or organisation: a name the
        // lexicon lacks ("Джаред Лофнер", "Ху Цзиньтао").
        if (IsUnknownName(s, i) && i + 1 < s.Words.Length && IsUnknownName(s, i + 1))
        {
            var end = i + 2 < s.Words.Length && IsUnknownName(s, i + 2) ? i + 3 : i + 2;
            return Emit(s, i, end, NerType.Person);
        }

        if (CyrillicWords.LooksLikeSurname(s.Words[i]) && !CyrillicWords.IsAdjectiveLike(s.Words[i]) && !CyrillicWords.IsAcronym(s.Words[i]))
        {
            return Emit(s, i, i + 1, NerType.Person);
        }

        if (CyrillicWords.IsAcronym(s.Words[i]))
        {
            if (CyrillicWords.IsCommonAcronym(s.Words[i]))
            {
                return i + 1;
            }

            var end = i + 1;
            while (end < s.Words.Length && Place(s, end, initial: false) is var owner and > 0)
            {
                end = owner; // "ВВС США"
            }

            return Emit(s, i, end, NerType.Organization);
        }

        // An unknown name after a preposition of place: "в Бенрате", "з Капітолію".
        if (i > 0 && CyrillicWords.IsPlacePreposition(s.Words[i - 1]) && !CyrillicWords.IsAdjectiveLike(s.Words[i]))
        {
            return Emit(s, i, i + 1, NerType.Location);
        }

        return i + 1;
    }

    // A listed organisation (longest first) or a head word with its genitive chain, extended by a place
    // that names whose it is ("МИД России", "Служба безпеки України").
    private int Organization(TaggedSentence s, int i)
    {
        var end = -1;
        for (var n = Math.Min(CyrillicLexicon.OrganizationWords, s.Words.Length - i); n >= 1 && end < 0; n--)
        {
            if (AllWords(s, i, i + n) && CyrillicLexicon.Organizations.ContainsKey(CyrillicLexicon.Key(s.Words[i..(i + n)])))
            {
                end = i + n;
            }
        }

        if (end < 0 && CyrillicLexicon.OrgHeads.Contains(CyrillicWords.Stem(s.Words[i])))
        {
            end = i + 1;
            var lower = 0;
            while (end < s.Words.Length && IsWord(s.Words[end]) && !CyrillicWords.IsCapitalized(s.Words[end]) && lower < MaxLowerInOrganization)
            {
                end++;
                lower++;
            }

            if (!(end < s.Words.Length && CyrillicWords.IsCapitalized(s.Words[end])))
            {
                return -1; // a head word whose chain ends in lower case ("Полиция оповестила ...") names nothing
            }
        }

        if (end < 0)
        {
            return -1;
        }

        // The place or the quoted name that completes it: "МИД РФ", "Верховної Ради України", компанія «Х».
        while (end < s.Words.Length && (Place(s, end, initial: false) is var place and > 0))
        {
            end = place;
        }

        return end;
    }

    private int Person(TaggedSentence s, int i, bool initial)
    {
        var words = s.Words;
        if (IsInitial(s, i))
        {
            var k = i;
            while (k < words.Length && IsInitial(s, k))
            {
                k++;
            }

            return k < words.Length && CyrillicWords.IsCapitalized(words[k]) && !IsInitial(s, k) ? k + 1 : -1;
        }

        var first = IsFirstName(words[i]);
        var surnameFirst = !first && i + 1 < words.Length && IsFirstName(words[i + 1]) && CyrillicWords.LooksLikeSurname(words[i])
            && !CyrillicWords.IsAcronym(words[i]) && !IsKnownPlace(words[i]);
        if (!first && !surnameFirst)
        {
            // A surname after a role word: "голова ОВА Синєгубов", "губернатор Гладков".
            return !initial && i > 0 && CyrillicLexicon.Roles.Contains(CyrillicWords.Stem(words[i - 1])) && CyrillicWords.LooksLikeSurname(words[i]) && !IsKnownPlace(words[i])
                ? NameTail(s, i + 1)
                : -1;
        }

        return NameTail(s, i + 1);
    }

    // The name continues over capitalised words that are names, not places or organisations: "Олег Синєгубов",
    // "Владимир Владимирович Путин", a surname and initials ("Путин В.В.").
    private int NameTail(TaggedSentence s, int k)
    {
        var end = k;
        while (end < s.Words.Length && end - k < 2)
        {
            var word = s.Words[end];
            if (IsInitial(s, end) || CyrillicWords.IsPatronymic(word) || IsFirstName(word)
                || (CyrillicWords.IsCapitalized(word) && !CyrillicWords.IsAcronym(word) && !IsKnownPlace(word) && Organization(s, end) < 0))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    // The longest run of words from i whose key the gazetteer holds in some case form; a single
    // sentence-initial word only when it names a country or region.
    private int Place(TaggedSentence s, int i, bool initial)
    {
        if (!CyrillicWords.IsCapitalized(s.Words[i]) || IsFirstName(s.Words[i]))
        {
            return -1;
        }

        for (var n = Math.Min(MaxPlaceWords, s.Words.Length - i); n >= 1; n--)
        {
            if (!AllWords(s, i, i + n))
            {
                continue;
            }

            // A single word must name a notable place or a town (villages share their names with common words)
            // unless a preposition or kind word puts it in a place: "у Веселому", "с. Веселе".
            var key = PlaceKey.Of(s.Text.Slice(s.Tokens[i].Start, s.Tokens[i + n - 1].End - s.Tokens[i].Start));
            var placed = i > 0 && (CyrillicWords.IsPlacePreposition(s.Words[i - 1]) || CyrillicWords.IsPlaceKindWord(s.Words[i - 1]));
            if (_gazetteer.Contains(key) && (n > 1 || IsNotable(key) || (!initial && (placed || IsTown(key)))) && !_gazetteer.IsStopWord(key))
            {
                return i + n;
            }
        }

        return -1;
    }

    private bool IsTown(string key)
    {
        foreach (var hit in _gazetteer.Lookup(key))
        {
            if (_gazetteer.Entries[hit.Entry].Population >= 5_000)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsKnownPlace(string word) => CyrillicWords.IsCapitalized(word) && IsNotable(PlaceKey.Of(word));

    private bool IsNotable(string key)
    {
        foreach (var hit in _gazetteer.Lookup(key))
        {
            var entry = _gazetteer.Entries[hit.Entry];
            if (entry.Kind is Reporting.PlaceKind.Country or Reporting.PlaceKind.Admin1 or Reporting.PlaceKind.Region || entry.Population >= 50_000)
            {
                return true;
            }
        }

        return false;
    }

    private int Emit(TaggedSentence s, int start, int end, NerType type)
    {
        for (var k = start; k < end; k++)
        {
            var position = end - start == 1 ? NerLabel.Unit : k == start ? NerLabel.Begin : k == end - 1 ? NerLabel.Last : NerLabel.Inside;
            s.Labels[k] = NerLabel.Of(type, position);
            if (CyrillicWords.IsCapitalized(s.Words[k]) && !IsInitial(s, k))
            {
                _memory[CyrillicWords.Stem(s.Words[k])] = type;
            }
        }

        return end;
    }

    // The end of a guillemet-quoted name of at most four words starting at i, or -1.
    private static int QuotedEnd(TaggedSentence s, int i)
    {
        for (var k = i; k < s.Words.Length && k < i + 4; k++)
        {
            if (s.Words[k] == "»")
            {
                return k;
            }

            if (!IsWord(s.Words[k]) && s.Words[k] != "-")
            {
                return -1;
            }
        }

        return -1;
    }

    private bool IsUnknownName(TaggedSentence s, int k) =>
        CyrillicWords.IsCapitalized(s.Words[k]) && !CyrillicWords.IsAcronym(s.Words[k]) && !IsInitial(s, k) && !CyrillicWords.IsAdjectiveLike(s.Words[k])
        && !_gazetteer.Contains(PlaceKey.Of(s.Words[k])) && Organization(s, k) < 0 && (k == 0 || !CyrillicLexicon.OrgHeads.Contains(CyrillicWords.Stem(s.Words[k])));

    private static bool IsFirstName(string word) => CyrillicWords.IsCapitalized(word) && CyrillicLexicon.FirstNames.Contains(CyrillicWords.Stem(word));

    private static bool IsInitial(TaggedSentence s, int i) =>
        s.Words[i].Length == 2 && CyrillicWords.IsCapitalized(s.Words[i]) && s.Words[i][1] == '.'
        || (s.Words[i].Length == 1 && CyrillicWords.IsCapitalized(s.Words[i]) && i + 1 < s.Words.Length && s.Words[i + 1] == "." && s.Tokens[i + 1].Start == s.Tokens[i].End);

    private static bool IsListMark(string word) => word is "•" or "▪" or "🔴" or "❗" or "⚡" or ":" or ";";

    private static bool IsWord(string word) => word.Length > 0 && char.IsLetter(word[0]);

    private static bool AllWords(TaggedSentence s, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!IsWord(s.Words[k]))
            {
                return false;
            }
        }

        return true;
    }

    private readonly ref struct TaggedSentence(string[] words, ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, Span<byte> labels)
    {
        public string[] Words { get; } = words;

        public ReadOnlySpan<char> Text { get; } = text;

        public ReadOnlySpan<TextSpan> Tokens { get; } = tokens;

        public Span<byte> Labels { get; } = labels;
    }
}
