using System.Collections.Immutable;
using Sitrep.Entities;
using Sitrep.Text;

namespace Sitrep.Places;

/// <summary>
/// Finds place names: the longest run of capitalised words (at most <see cref="Gazetteer.MaxWords"/>) whose key
/// names a gazetteer entry, extended by a kind word ("Sumy region", "Konotop district", "city of Sumy"), and
/// linked to a following container ("Konotop, Sumy region", "Kyiv in Ukraine"). Demonyms, stop words and
/// names inside longer capitalised names ("Moscow State University") are not places.
/// </summary>
internal sealed class ToponymRecognizer(Gazetteer gazetteer)
{
    private const long NotablePopulation = 20_000;
    private const int MaxWords = 6;

    /// <summary>The place mentions of <paramref name="document"/> in text order.</summary>
    public List<ToponymMention> Find(Document document)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var blocked = BlockedSpans(document);
        var found = new List<(int First, int Last)>();
        foreach (var sentence in document.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                var last = Match(text, tokens, i, sentence, blocked);
                if (last >= 0)
                {
                    found.Add((i, last));
                    i = last + 1;
                }
                else
                {
                    i++;
                }
            }
        }

        var taken = new TakenTokens(tokens.Length, found);
        AddModelLocations(document, found, blocked, taken);
        AddKindPhrases(document, found, blocked, taken);
        var mentions = new List<ToponymMention>(found.Count);
        for (var m = 0; m < found.Count; m++)
        {
            var span = new TextSpan(tokens[found[m].First].Start, tokens[found[m].Last].End);
            mentions.Add(new ToponymMention(span, ContainerOf(text, tokens, found, m)));
        }

        return mentions;
    }

    // Index of the token ending the match that starts at token i, or -1.
    private int Match(string text, ImmutableArray<Token> tokens, int i, Sentence sentence, SpanSet blocked)
    {
        if (!IsWord(tokens[i]))
        {
            return -1;
        }

        var capitalised = char.IsUpper(text[tokens[i].Start]);
        // Keys are built in this buffer and become strings only for names the gazetteer holds.
        Span<char> buffer = stackalloc char[KeyBuffer];
        if (!capitalised && !gazetteer.StartsAnyCaseName(Key(text.AsSpan(tokens[i].Start, tokens[i].Span.Length), buffer)))
        {
            return -1; // lower-case words start only curated any-case names ("high north"), never "the"
        }
        var max = Math.Min(Math.Min(gazetteer.MaxWords, MaxWords), sentence.EndToken - i);
        for (var n = max; n >= 1; n--)
        {
            var last = i + n - 1;
            if (!Run(text, tokens, i, last, capitalised))
            {
                continue;
            }

            var probe = Key(text.AsSpan(tokens[i].Start, tokens[last].End - tokens[i].Start), buffer);
            if (!gazetteer.Contains(probe))
            {
                continue;
            }

            var key = probe.ToString();
            var lowerTail = capitalised && n > 1 && !char.IsUpper(text[tokens[last].Start]);
            var guarded = n == 1 && ((FirstWord(tokens, i, sentence) && !CyrillicHeading(text, tokens, last, sentence)) || IsAllCaps(text, tokens[i]));
            var abbreviated = n == 1 && key.Length == 2 && (text[tokens[last].End - 1] == '.' || (tokens[last].End < text.Length && text[tokens[last].End] == '.'));
            if (!Acceptable(key, n, capitalised, abbreviated) || (lowerTail && !HasKind(key, onlyRegions: true) && !CyrillicInflection.IsCyrillic(key))
                || (guarded && !HasKind(key, onlyRegions: false)))
            {
                continue;
            }

            var span = new TextSpan(tokens[i].Start, tokens[last].End);
            if (blocked.AnyOverlaps(span) || InsideLongerName(text, tokens, i, last, sentence))
            {
                return -1;
            }

            // A kind word after the name belongs to the mention: "Sumy region", "Pokrovsk district", and
            // with a qualifier between them, "the Belgorod border region".
            var kindAt = last + 1 < sentence.EndToken && KindWords.IsQualifier(WordAt(text, tokens, last + 1)) ? last + 2 : last + 1;
            if (kindAt < sentence.EndToken && IsWord(tokens[kindAt]) && KindWords.Of(WordAt(text, tokens, kindAt)) != KindCue.None)
            {
                last = kindAt;
            }

            return last;
        }

        return -1;
    }

    private const int KeyBuffer = 128;

    // A name longer than the buffer (never a gazetteer name, but text can hold anything) gets its own array.
    private static ReadOnlySpan<char> Key(ReadOnlySpan<char> name, Span<char> buffer) =>
        PlaceKey.Of(name, name.Length <= buffer.Length ? buffer : new char[name.Length]);

    private bool Acceptable(string key, int words, bool capitalised, bool abbreviated)
    {
        if (gazetteer.DemonymCountry(key) is not null)
        {
            return false;
        }

        if (!capitalised)
        {
            // Lower-case text names a place only for curated any-case regions ("the high north").
            foreach (var hit in gazetteer.Lookup(key))
            {
                if (gazetteer.Entries[hit.Entry].AnyCase)
                {
                    return true;
                }
            }

            return false;
        }

        // Two letters with a full stop are an AP state abbreviation ("Albany, Ga.") only when they name an admin-1 unit.
        return words > 1 || (key.Length > 2 && !gazetteer.IsStopWord(key)) || (abbreviated && NamesAdmin1(key));
    }

    private bool NamesAdmin1(string key)
    {
        foreach (var hit in gazetteer.Lookup(key))
        {
            if (gazetteer.Entries[hit.Entry].Kind == Reporting.PlaceKind.Admin1)
            {
                return true;
            }
        }

        return false;
    }

    // Sentence-initial and all-caps single words ("Any", "NATO") count only when they name something notable; a
    // lower-case last word ("Baltic states") only for a curated region.
    private bool HasKind(string key, bool onlyRegions)
    {
        foreach (var hit in gazetteer.Lookup(key))
        {
            var entry = gazetteer.Entries[hit.Entry];
            if (entry.Kind == Reporting.PlaceKind.Region || (!onlyRegions && (entry.Kind is Reporting.PlaceKind.Country or Reporting.PlaceKind.Admin1
                || (hit.Primary && entry.Population >= NotablePopulation))))
            {
                return true;
            }
        }

        return false;
    }

    // Tokens first..last are words; a capitalised run starts and ends with a capital, short lower-case joiners
    // ("Rostov on Don", "Isle of Man") may sit inside.
    private static bool Run(string text, ImmutableArray<Token> tokens, int first, int last, bool capitalised)
    {
        for (var k = first; k <= last; k++)
        {
            if (!IsWord(tokens[k]) || (k > first && tokens[k].LineBreakBefore))
            {
                return false;
            }

            var upper = char.IsUpper(text[tokens[k].Start]);
            if (capitalised && !upper && k < last && tokens[k].Span.Length > 3)
            {
                return false;
            }

            if (!capitalised && upper)
            {
                return false;
            }
        }

        return true;
    }

    // "Moscow State University", "George Washington": a capitalised neighbour that is not sentence-initial.
    private static bool InsideLongerName(string text, ImmutableArray<Token> tokens, int first, int last, Sentence sentence)
    {
        if (!char.IsUpper(text[tokens[first].Start]))
        {
            return false;
        }

        if (last + 1 < sentence.EndToken && IsWord(tokens[last + 1]) && char.IsUpper(text[tokens[last + 1].Start])
            && KindWords.Of(text.AsSpan(tokens[last + 1].Start, tokens[last + 1].Span.Length)) == KindCue.None
            && !IsAllCaps(text, tokens[last + 1]))
        {
            return true;
        }

        var previous = first - 1;
        return !FirstWord(tokens, previous, sentence) && tokens[previous].Kind == TokenKind.Word && char.IsUpper(text[tokens[previous].Start])
            && !IsAllCaps(text, tokens[previous]);
    }

    // "Konotop, Sumy region" / "Konotop in Sumy region" / "Konotop (Sumy region)": the next mention contains this one.
    private static int ContainerOf(string text, ImmutableArray<Token> tokens, List<(int First, int Last)> found, int m)
    {
        if (m + 1 >= found.Count)
        {
            return -1;
        }

        var gap = found[m + 1].First - found[m].Last - 1;
        if (gap != 1)
        {
            return -1;
        }

        var between = tokens[found[m].Last + 1];
        return ToponymMention.IsContainerGap(text.AsSpan(between.Start, between.Span.Length)) ? m + 1 : -1;
    }

    // Names the NER model calls locations that no gazetteer match covers ("Camp Bastion", "Vuhledar, Donetsk
    // region"): kept as mentions, so the resolver places them at their container or the document's focus. A
    // lone word needs more than one sighting or a container: single capitalised words the model calls places
    // are as often drugs, diseases or surnames.
    private void AddModelLocations(Document document, List<(int First, int Last)> found, SpanSet blocked, TakenTokens taken)
    {
        if (!document.Has(EntityGraph.Key))
        {
            return;
        }

        var text = document.Text;
        var tokens = document.Tokens;
        var locations = document.Get(EntityGraph.Key).LocationNames;
        var gazetteerMatches = found.Count;
        Dictionary<string, int>? oneWordCounts = null;
        foreach (var (first, end) in locations)
        {
            var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
            if ((end > first ? taken.Any(first, end - 1) : found.Exists(f => f.First < end && first <= f.Last)) || blocked.AnyOverlaps(span))
            {
                continue;
            }

            if (end - first == 1 && ((!HasContainer(text, tokens, found, gazetteerMatches, end) && !SeenTwice(text, tokens, locations, span, ref oneWordCounts))
                || gazetteer.IsStopWord(PlaceKey.Of(text.AsSpan(span.Start, span.Length)))))
            {
                continue;  // a stop word ("Telegram" in "wrote on Telegram") is never a place of its own
            }

            found.Add((first, end - 1));
            taken.Take(first, end - 1);
        }

        if (found.Count > gazetteerMatches)
        {
            found.Sort((a, b) => a.First.CompareTo(b.First));
        }
    }

    // A settlement named by its kind ("the village of Starytsia", "in the settlement of Krasnaya Yaruga",
    // "Esman community", "the Darnytskyi district") is a place even when the gazetteer lacks it: small
    // frontline villages and city districts are where incidents happen. The resolver places it at its
    // container or the document's focus.
    private static void AddKindPhrases(Document document, List<(int First, int Last)> found, SpanSet blocked, TakenTokens taken)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var added = false;
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var (first, last) = KindPhraseAt(text, tokens, i, sentence.EndToken);
                if (first < 0)
                {
                    continue;
                }

                var span = new TextSpan(tokens[first].Start, tokens[last].End);
                if (!taken.Any(first, last) && !blocked.AnyOverlaps(span))
                {
                    found.Add((first, last));
                    taken.Take(first, last);
                    added = true;
                }

                i = last;
            }
        }

        if (added)
        {
            found.Sort((a, b) => a.First.CompareTo(b.First));
        }
    }

    // "village of X [Y]" -> X [Y]; "X [Y] community|district" -> the whole phrase; else (-1, -1).
    private static (int First, int Last) KindPhraseAt(string text, ImmutableArray<Token> tokens, int i, int end)
    {
        var word = Lower(text, tokens[i]);
        // Ukrainian and Russian put the kind right before the name: "с. Кіндрашівка", "смт Золочів", "у селі Гришине", "в посёлке Разумное".
        if (CyrillicSettlementKinds.Contains(word) && i + 1 < end && Capital(text, tokens[i + 1]))
        {
            return (i + 1, i + 1);
        }

        if (SettlementKinds.Contains(word) && i + 2 < end && Lower(text, tokens[i + 1]) == "of" && Capital(text, tokens[i + 2]))
        {
            var last = i + 2;
            while (last + 1 < end && last < i + 4 && Capital(text, tokens[last + 1]))
            {
                last++;
            }

            return (i + 2, last);
        }

        // "Білопільська громада:", "Валуйский округ.", "Богодухівського району": a Cyrillic adjective before a district
        // word names the district even at a sentence's start (an adjective is no ordinary first word of a heading).
        if (Capital(text, tokens[i]) && i + 1 < end && CyrillicAdjective(word) && KindWords.Of(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Span.Length)) == KindCue.District)
        {
            return (i, i + 1);
        }

        // "Стародубским муниципальным округом": a qualifier between the adjective and the district word.
        if (Capital(text, tokens[i]) && i + 2 < end && CyrillicAdjective(word) && KindWords.IsCyrillicQualifier(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Span.Length))
            && KindWords.Of(text.AsSpan(tokens[i + 2].Start, tokens[i + 2].Span.Length)) == KindCue.District)
        {
            return (i, i + 2);
        }

        if (Capital(text, tokens[i]) && !FirstOfSentenceOnly(text, tokens, i))
        {
            var last = i;
            while (last + 1 < end && last < i + 2 && Capital(text, tokens[last + 1]))
            {
                last++;
            }

            if (last + 1 < end && Lower(text, tokens[last + 1]) is "community" or "hromada" or "district" && !Lower(text, tokens[last]).EndsWith("'s", StringComparison.Ordinal))
            {
                return (i, last + 1);
            }
        }

        return (-1, -1);
    }

    private static readonly HashSet<string> SettlementKinds = ["village", "town", "settlement", "hamlet", "township", "community", "city"];

    private static readonly HashSet<string> CyrillicSettlementKinds =
        ["с.", "смт", "м.", "село", "селі", "села", "селом", "селище", "селищі", "селища", "місто", "місті", "містечку", "посёлок", "посёлке", "поселок", "поселке", "посёлка", "поселка", "посёлком", "пос.", "деревня", "деревне", "хутор", "хуторе", "г.", "станица", "станице", "станицы", "станиці", "пгт", "сел."];

    private static readonly string[] CyrillicAdjectiveEndings =
        ["ська", "цька", "зька", "ський", "цький", "зький", "ського", "цького", "зького", "ському", "ській", "ської",
         "ский", "цкий", "ского", "цкого", "ском", "ская", "ской", "цкая", "цкой", "ским", "цким", "ським", "цьким", "зьким"];

    private static bool CyrillicAdjective(string lower) =>
        CyrillicInflection.IsCyrillic(lower) && Array.Exists(CyrillicAdjectiveEndings, e => lower.EndsWith(e, StringComparison.Ordinal));

    private static string Lower(string text, Token token) => text.Substring(token.Start, token.Span.Length).ToLowerInvariant();

    private static bool Capital(string text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]);

    // A capitalised word that only starts a sentence ("Three district officials") is no name.
    private static bool FirstOfSentenceOnly(string text, ImmutableArray<Token> tokens, int i) =>
        i == 0 || tokens[i - 1].Kind is TokenKind.Punctuation && text[tokens[i - 1].Start] is '.' or ':' or '!' or '?';

    // ", Y" or "in Y" right after the name, where Y is a gazetteer match.
    private static bool HasContainer(string text, ImmutableArray<Token> tokens, List<(int First, int Last)> found, int gazetteerMatches, int next)
    {
        if (next + 1 >= tokens.Length)
        {
            return false;
        }

        var word = text.AsSpan(tokens[next].Start, tokens[next].Span.Length);
        if (word is not "," && !word.Equals("in", StringComparison.Ordinal))
        {
            return false;
        }

        // The gazetteer's matches come first in found, in token order with distinct first tokens: a binary search.
        var (low, high) = (0, gazetteerMatches);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = found[middle].First < next + 1 ? (middle + 1, high) : (low, middle);
        }

        if (low < gazetteerMatches && found[low].First == next + 1)
        {
            return true;
        }

        return false;
    }

    // The one-word location names are counted once per document (counts built on first use): scanning every
    // location for every one-word location was quadratic in a long text.
    private static bool SeenTwice(string text, ImmutableArray<Token> tokens, IReadOnlyList<(int FirstToken, int EndToken)> locations, TextSpan span, ref Dictionary<string, int>? counts)
    {
        if (counts is null)
        {
            counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (first, end) in locations)
            {
                if (end - first == 1)
                {
                    var word = text.Substring(tokens[first].Start, tokens[first].Span.Length);
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                }
            }
        }

        return counts.GetValueOrDefault(span.Of(text)) >= 2;
    }

    // Person and organisation names are no places, except a one-word "organisation" that is the main name of a
    // regional or national capital ("Dnipro" the club is rarer in war news than Dnipro the city).
    private SpanSet BlockedSpans(Document document)
    {
        var spans = new List<TextSpan>();
        if (!document.Has(EntityGraph.Key))
        {
            return new SpanSet(spans);
        }

        foreach (var entity in document.Get(EntityGraph.Key).Entities)
        {
            if (entity.Type is Reporting.EntityType.Person or Reporting.EntityType.Organization)
            {
                spans.AddRange(entity.Mentions.Where(m => m.Kind == MentionKind.Name
                    && !(entity.Type == Reporting.EntityType.Organization && IsCapitalCity(document, m.Span))).Select(m => m.Span));
            }
        }

        return new SpanSet(spans);
    }

    // "Шебекино." or "Шебекино:" opening a paragraph of a Russian or Ukrainian official post is a place heading:
    // a Cyrillic name alone before its full stop or colon is not the ordinary first word of a sentence.
    private static bool CyrillicHeading(string text, ImmutableArray<Token> tokens, int last, Sentence sentence) =>
        CyrillicInflection.IsCyrillic(text.AsSpan(tokens[last].Start, 1)) && last + 1 < sentence.EndToken
        && text[tokens[last + 1].Start] is '.' or ':' && tokens[last + 1].Span.Length == 1
        && (last + 2 == sentence.EndToken || text[tokens[last + 1].Start] == ':');

    // The sentence's first word, after any opening quotation marks, brackets, bullets or the time stamp
    // that opens a live-blog entry or a post ("10:20 In Odesa, ...").
    private static bool FirstWord(ImmutableArray<Token> tokens, int i, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < i; k++)
        {
            if (tokens[k].Kind is not (TokenKind.Quote or TokenKind.Punctuation or TokenKind.Dash or TokenKind.Number or TokenKind.Symbol))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsCapitalCity(Document document, Text.TextSpan span)
    {
        var word = span.SliceOf(document.Text);
        if (word.ContainsAny(' ', '-') || word.IsEmpty)
        {
            return false;
        }

        foreach (var hit in gazetteer.Lookup(PlaceKey.Of(word)))
        {
            var entry = gazetteer.Entries[hit.Entry];
            if (hit.Primary && entry.Kind == Reporting.PlaceKind.City && entry.FeatureCode is "PPLA" or "PPLC")
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> WordAt(string text, ImmutableArray<Token> tokens, int i) => text.AsSpan(tokens[i].Start, tokens[i].Span.Length);

    private static bool IsWord(in Token token) => token.Kind is TokenKind.Word or TokenKind.Abbreviation;

    private static bool IsAllCaps(string text, in Token token)
    {
        foreach (var c in text.AsSpan(token.Start, token.Span.Length))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
