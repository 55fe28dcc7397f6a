using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// Quotes in Ukrainian and Russian, whose word order differs from English: the cue usually comes after the
/// content and before its speaker (<c>«...», — заявив Олег Синєгубов</c>; <c>Ворог атакував ..., повідомив
/// X</c>), a complementiser opens reported speech (<c>X заявив, що ...</c>, <c>X сообщил, что ...</c>),
/// <c>за словами X, ...</c> / <c>по словам X, ...</c> / <c>як повідомив X, ...</c> name the source first,
/// and an official post ends with <c>Про це повідомив X</c> / <c>Об этом сообщил X</c>, whose content is
/// what came before. Cue words: <c>Lexicons/quote-cues-uk-ru.txt</c>.
/// </summary>
internal static partial class CyrillicCueReader
{
    private const int MaxSourceTokens = 9;
    private const int MinContentTokens = 2;

    private static readonly HashSet<string> Cues = new(Lexicons.LexiconResource.ReadLines("quote-cues-uk-ru.txt")
        .Where(line => !line.Contains('\t', StringComparison.Ordinal)), StringComparer.OrdinalIgnoreCase);

    // Subject pronouns and the possessives of "за його словами" / "по её словам".
    private static readonly HashSet<string> Pronouns = new(
        ["він", "вона", "вони", "он", "она", "они", "його", "її", "їхніми", "їх", "его", "её", "ее", "их"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> PluralPronouns = new(["вони", "они", "їхніми", "їх", "их"], StringComparer.OrdinalIgnoreCase);

    // Cues that take an object before any quoted words: "назвав санкції «ударом»", "закликала партнерів не ...".
    private static readonly HashSet<string> ObjectCues = new(
        ["назвав", "назвала", "назвали", "назвало", "назвал", "закликав", "закликала", "закликали", "призвал", "призвала", "призвали",
         "підтвердив", "підтвердила", "підтвердили", "підтвердило", "подтвердил", "подтвердила", "подтвердили", "подтвердило"],
        StringComparer.OrdinalIgnoreCase);

    // Verbs that report only when negated: "не виключив, що ...", "не исключил, что ...".
    private static readonly HashSet<string> NegatedCues = new(
        ["виключив", "виключила", "виключили", "виключає", "исключил", "исключила", "исключили", "исключает", "исключают"],
        StringComparer.OrdinalIgnoreCase);

    // Conjunctions that join a second cue to the subject of the first: "X підтвердив ... і заявив, що ...".
    private static readonly HashSet<string> Conjunctions = new(["і", "й", "та", "и", "а"], StringComparer.OrdinalIgnoreCase);

    // Words that end a source phrase after its name: "повідомив X у Telegram", "сообщил X в ходе брифинга".
    private static readonly HashSet<string> SourceStops = new(
        ["в", "у", "на", "під", "во", "в ходе", "по", "після", "после", "для", "з", "із", "из", "за", "під час", "во время", "й", "і", "та", "и", "а", "що", "что", "який", "яка", "который", "которая"],
        StringComparer.OrdinalIgnoreCase);

    // Words between a speaker and the cue that are not part of the speaker: "X також заявив", "X ранее сообщил".
    private static readonly HashSet<string> Adverbs = new(
        ["також", "вже", "раніше", "ще", "вчора", "сьогодні", "офіційно", "згодом", "напередодні", "традиційно", "спершу", "спочатку", "журналістам",
         "также", "ранее", "уже", "еще", "ещё", "вчера", "сегодня", "официально", "позже", "тоже", "теж", "накануне", "традиционно", "сначала", "журналистам"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds the attributions of every Ukrainian or Russian cue of <paramref name="t"/> to <paramref name="found"/>.</summary>
    public static void Read(QuoteText t, List<Attribution> found)
    {
        var last = new Antecedents();
        foreach (var sentence in t.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (t.Kind(i) is not (TokenKind.Word or TokenKind.Dash))
                {
                    continue;
                }

                var attribution = t.SegmentOf(i) >= 0 ? Interrupted(t, i)
                    : t.Kind(i) != TokenKind.Word ? null
                    : SourceFirst(t, sentence, i) ?? (CueLength(t, i) > 0 ? CueAt(t, sentence, i, found) : null);
                if (attribution is null || attribution.Parts.Count == 0 || found.Exists(a => a.Content.Overlaps(attribution.Content)))
                {
                    continue;
                }

                last.Link(t, attribution);
                attribution.Kind = t.SegmentOf(i) >= 0 ? QuoteKind.Direct : ContentSpans.KindOf(t, attribution.Parts); // an interrupted quote is all inside its marks
                attribution.Confidence = attribution.Kind == QuoteKind.Direct ? 0.85 : 0.75;
                attribution.AttributionEnd = Math.Max(attribution.Cue?.End ?? 0, attribution.Source?.End ?? 0);
                found.Add(attribution);
                i = Math.Max(i, t.TokenAt(attribution.AttributionEnd) - 1);
            }
        }
    }

    /// <summary>
    /// A pronoun or role nominal with no named quote before it ("Також він зазначив ...", "по данным ведомства")
    /// is the person (or, for an institution's nominal, the organisation) last named before it; the source
    /// becomes one of that entity's mentions.
    /// </summary>
    public static void ResolvePronouns(List<Attribution> found, Entities.EntityGraph graph)
    {
        foreach (var attribution in found.Where(a => a is { Speaker: null, Source: not null, SourceTokens: null }
            && (a.Form == SourceForm.Pronoun || a.Anaphor is not null)))
        {
            var at = attribution.Source!.Value.Start;
            var type = attribution.Anaphor ?? EntityType.Person;
            var entity = graph.Entities
                .Where(e => e.Type == type && e.Mentions.Any(m => m.Span.End <= at))
                .MaxBy(e => e.Mentions.Where(m => m.Span.End <= at).Max(m => m.Span.Start));
            if (entity is not null)
            {
                entity.AddMention(attribution.Source.Value, type == EntityType.Person && attribution.Form == SourceForm.Pronoun
                    ? Entities.MentionKind.Pronoun : Entities.MentionKind.Nominal);
                attribution.Speaker = entity.Id;
            }
        }
    }

    private static bool IsCue(QuoteText t, int i) => CueLength(t, i) > 0;

    // 1 for a cue word at i, 2 for a negated one ("не виключив" with its "не"), 0 for none.
    private static int CueLength(QuoteText t, int i)
    {
        if (!t.IsLowerWord(i))
        {
            return 0;
        }

        var word = t.Word(i).ToString();
        return Cues.Contains(word) || ObjectCues.Contains(word) || Passives.Contains(word) ? 1
            : NegatedCues.Contains(word) && t.Is(i - 1, "не") ? 2
            : 0;
    }

    private static Attribution? CueAt(QuoteText t, Sentence sentence, int cue, List<Attribution> found)
    {
        var cueFirst = cue - CueLength(t, cue) + 1;

        // "Про це повідомив X." / "Об этом сообщил X.": the content is what came before.
        if (cueFirst >= sentence.FirstToken + 2 && (t.Is(cueFirst - 2, "про") && t.Is(cueFirst - 1, "це") || t.Is(cueFirst - 2, "об") && t.Is(cueFirst - 1, "этом")))
        {
            return Anaphoric(t, sentence, cue);
        }

        // "..., — заявив X" / "«...», — сказав X" / "..., повідомив X" / "«...», — йдеться в заяві X": the content comes first.
        var before = cueFirst - 1;
        if (before > sentence.FirstToken && t.Kind(before) == TokenKind.Dash)
        {
            before--;
        }

        var word = t.Word(cue).ToString();
        if (before > sentence.FirstToken && t.IsChar(before, ',') && !ObjectCues.Contains(word))
        {
            var first = ContentStart(t, sentence, before);
            var content = Content(t, first, before);
            if (content is not null)
            {
                var attribution = new Attribution { Trailing = true };
                attribution.Parts.Add(content.Value);
                var sourceFirst = cue + 1;
                if (Passives.Contains(word) && (t.Is(cue + 1, "в") || t.Is(cue + 1, "у")) && cue + 3 < sentence.EndToken)
                {
                    sourceFirst = cue + 3; // "йдеться в повідомленні Генштабу": the speaker is the genitive after the document
                }

                attribution.Cue = t.Span(cueFirst, sourceFirst - 1);
                SetSource(t, attribution, sourceFirst, SourceEnd(t, sentence, sourceFirst));
                if (attribution.Source is not null)
                {
                    return attribution;
                }
            }
        }

        if (Passives.Contains(word))
        {
            return null;
        }

        // "X заявив, що ...", "X сообщил: «...»", "X заявив про ...", "X назвав санкції «ударом»".
        var open = cue + 1;
        var colon = false;
        if (t.IsChar(open, ',') && (t.Is(open + 1, "що") || t.Is(open + 1, "что")))
        {
            open += 2;
        }
        else if (t.IsChar(open, ':'))
        {
            open += 1;
            colon = true;
        }
        else if (t.Is(open, "що") || t.Is(open, "что"))
        {
            open += 1;
        }
        else if (t.Is(open, "про") || t.Is(open, "о") || t.Is(open, "об"))
        {
            // "повідомили про загрозу ...": the topic is the content, "про" with it.
        }
        else if (!ObjectCues.Contains(word) && !QuotedBefore(t, open, ObjectEnd(t, sentence, open)))
        {
            return null;
        }

        var (subjectStart, subjectEnd) = Subject(t, sentence, cueFirst);
        var end = colon && t.SegmentOf(open) < 0 ? ParagraphEnd(t, sentence) : ObjectEnd(t, sentence, open);
        var clause = Content(t, open, end);
        if (clause is null)
        {
            return null;
        }

        var reported = new Attribution();
        reported.Parts.Add(clause.Value);
        reported.Cue = t.Span(cueFirst, cue);
        if (subjectEnd >= subjectStart && Conjunctions.Contains(t.Word(subjectEnd).ToString()))
        {
            // "X підтвердив пожежу ... і заявив, що ...": the second cue shares the first one's subject.
            var shared = found.LastOrDefault(a => a.Source is not null && a.Cue is { } c && c.End <= t.Tokens[subjectEnd].Start
                && t.SentenceOf(t.TokenAt(c.Start)) == t.SentenceOf(cue));
            if (shared is null)
            {
                return null;
            }

            reported.ShareSource(shared);
            return reported;
        }

        if (subjectEnd < subjectStart)
        {
            return null;
        }

        SetSource(t, reported, subjectStart, subjectEnd);
        return reported;
    }

    // The subject before the cue at cueFirst: back to the clause's start, past adverbs, parentheses and relative clauses.
    private static (int Start, int End) Subject(QuoteText t, Sentence sentence, int cueFirst)
    {
        var subjectEnd = cueFirst - 1;
        while (subjectEnd >= sentence.FirstToken)
        {
            if (Adverbs.Contains(t.Word(subjectEnd).ToString()))
            {
                subjectEnd--;
            }
            else if (SkipInsertion(t, sentence, subjectEnd) is var skipped && skipped < subjectEnd)
            {
                subjectEnd = skipped;
            }
            else
            {
                break;
            }
        }

        if (subjectEnd < sentence.FirstToken)
        {
            return (sentence.FirstToken, sentence.FirstToken - 1); // "Раніше повідомлялося ...": no subject
        }

        var subjectStart = subjectEnd;
        while (subjectStart > sentence.FirstToken && !t.IsClausePunct(subjectStart - 1) && t.Kind(subjectStart - 1) != TokenKind.Dash && subjectEnd - subjectStart < MaxSourceTokens)
        {
            subjectStart--;
        }

        while (subjectStart < subjectEnd && Adverbs.Contains(t.Word(subjectStart).ToString()))
        {
            subjectStart++; // "Також він зазначив": the adverb opens the sentence, not the speaker
        }

        return (subjectStart, subjectEnd);
    }

    /// <summary>
    /// The token before an insertion that ends at <paramref name="end"/> — "(вона не є ...)", ", своєю чергою,",
    /// ", яка очолює ...," — or <paramref name="end"/> itself when none ends there.
    /// </summary>
    private static int SkipInsertion(QuoteText t, Sentence sentence, int end)
    {
        if (t.IsChar(end, ')'))
        {
            for (var k = end - 1; k > sentence.FirstToken; k--)
            {
                if (t.IsChar(k, '('))
                {
                    return k - 1;
                }
            }

            return end;
        }

        if (!t.IsChar(end, ','))
        {
            return end;
        }

        for (var k = end - 1; k > sentence.FirstToken && end - k <= 2 * MaxSourceTokens; k--)
        {
            if (t.IsChar(k, ','))
            {
                return Insertions.Contains(t.Word(k + 1).ToString()) || Relatives.Contains(t.Word(k + 1).ToString()) ? k - 1 : end;
            }
        }

        return end;
    }

    // Where an object clause after a cue ends: the sentence end, or before "і/и" joining a second cue.
    private static int ObjectEnd(QuoteText t, Sentence sentence, int open)
    {
        var end = ClauseEnd(t, sentence, open);
        for (var k = open + 1; k + 1 < end; k++)
        {
            if (t.SegmentOf(k) < 0 && Conjunctions.Contains(t.Word(k).ToString()) && (IsCue(t, k + 1) || Adverbs.Contains(t.Word(k + 1).ToString()) && IsCue(t, k + 2)))
            {
                return k;
            }
        }

        return end;
    }

    // True when a quote segment starts between first and end: the object after the cue holds quoted words.
    private static bool QuotedBefore(QuoteText t, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (t.OpensSegment(k))
            {
                return true;
            }
        }

        return false;
    }

    // The end of the last sentence in sentence's paragraph: "У КМВА уточнили: A. B." reports A and B.
    private static int ParagraphEnd(QuoteText t, Sentence sentence)
    {
        var index = t.SentenceOf(sentence.FirstToken);
        while (index + 1 < t.Sentences.Length && t.Sentences[index + 1].Paragraph == sentence.Paragraph)
        {
            index++;
        }

        return ClauseEnd(t, t.Sentences[index], t.Sentences[index].FirstToken);
    }

    // The sentences before "Про це повідомив X" in its paragraph, or the paragraph before when it stands alone.
    private static Attribution? Anaphoric(QuoteText t, Sentence sentence, int cue)
    {
        var index = t.SentenceOf(sentence.FirstToken);
        var first = index;
        while (first > 0 && t.Sentences[first - 1].Paragraph == sentence.Paragraph && first - 1 != t.HeadlineSentence)
        {
            first--;
        }

        if (first == index)
        {
            while (first > 0 && t.Sentences[first - 1].Paragraph == sentence.Paragraph - 1 && first - 1 != t.HeadlineSentence)
            {
                first--;
            }
        }

        if (first == index)
        {
            return null;
        }

        var attribution = new Attribution();
        attribution.Parts.Add(new TextSpan(t.Sentences[first].Span.Start, t.Sentences[index - 1].Span.End));
        attribution.Cue = t.Span(cue - 2, cue);
        SetSource(t, attribution, cue + 1, SourceEnd(t, sentence, cue + 1));
        return attribution.Source is null ? null : attribution;
    }

    // Where content ending at the comma before a trailing cue starts: the sentence start, or a quote's opening.
    private static int ContentStart(QuoteText t, Sentence sentence, int comma)
    {
        var g = t.SegmentOf(comma - 1);
        return g >= 0 ? t.TokenAt(t.Segments[g].Span.Start) : sentence.FirstToken; // a quote of several sentences

    }

    private static int ClauseEnd(QuoteText t, Sentence sentence, int start)
    {
        var end = sentence.EndToken;
        while (end > start && (t.Kind(end - 1) is TokenKind.Terminal || t.IsChar(end - 1, ',')))
        {
            end--;
        }

        return end;
    }

    // The content between first and end (exclusive): a whole quote segment with its marks (a direct quote,
    // as the English reader gives it), else the words with edge quote marks and punctuation left out.
    private static TextSpan? Content(QuoteText t, int first, int end)
    {
        while (first < end && (t.Kind(first) is TokenKind.Dash || t.IsClausePunct(first)))
        {
            first++;
        }

        while (end > first && (t.Kind(end - 1) is TokenKind.Terminal || t.IsClausePunct(end - 1)))
        {
            end--;
        }

        if (end > first && t.Segments.Exists(s => s.Span == t.Span(first, end - 1)))
        {
            return t.Span(first, end - 1);
        }

        while (first < end && (t.Kind(first) is TokenKind.Quote && !OpensWithin(t, first, end) || t.Kind(first) is TokenKind.Dash || t.IsClausePunct(first)))
        {
            first++;
        }

        while (end > first && (t.Kind(end - 1) is TokenKind.Quote && !ClosesWithin(t, first, end - 1) || t.Kind(end - 1) is TokenKind.Terminal || t.IsClausePunct(end - 1)))
        {
            end--;
        }

        return end - first >= MinContentTokens ? t.Span(first, end - 1) : null;
    }

    // An edge quote mark stays when it pairs with one inside the content: "санкції «ударом»" keeps its closing mark.
    private static bool OpensWithin(QuoteText t, int mark, int end) =>
        t.OpensSegment(mark) && t.SegmentOf(mark) is var g && t.Segments[g].Span.End <= t.Tokens[end - 1].End;

    private static bool ClosesWithin(QuoteText t, int first, int mark) =>
        t.SegmentOf(mark) is var g and >= 0 && t.Segments[g].Span.End == t.Tokens[mark].End && t.Segments[g].Span.Start >= t.Tokens[first].Start;
}
