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
internal static class CyrillicCueReader
{
    private const int MaxSourceTokens = 9;
    private const int MinContentTokens = 2;

    private static readonly HashSet<string> Cues = new(Lexicons.LexiconResource.ReadLines("quote-cues-uk-ru.txt")
        .Where(line => !line.Contains('\t', StringComparison.Ordinal)), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Pronouns = new(["він", "вона", "вони", "он", "она", "они"], StringComparer.OrdinalIgnoreCase);

    // Words that end a source phrase after its name: "повідомив X у Telegram", "сообщил X в ходе брифинга".
    private static readonly HashSet<string> SourceStops = new(
        ["в", "у", "на", "під", "во", "в ходе", "по", "після", "после", "для", "з", "із", "из", "за", "під час", "во время", "й", "і", "та", "и", "а", "що", "что", "який", "яка", "который", "которая"],
        StringComparer.OrdinalIgnoreCase);

    // Words between a speaker and the cue that are not part of the speaker: "X також заявив", "X ранее сообщил".
    private static readonly HashSet<string> Adverbs = new(
        ["також", "вже", "раніше", "ще", "вчора", "сьогодні", "офіційно", "згодом", "также", "ранее", "уже", "еще", "ещё", "вчера", "сегодня", "официально", "позже", "тоже", "теж"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds the attributions of every Ukrainian or Russian cue of <paramref name="t"/> to <paramref name="found"/>.</summary>
    public static void Read(QuoteText t, List<Attribution> found)
    {
        Attribution? lastNamed = null;
        foreach (var sentence in t.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (t.Kind(i) != TokenKind.Word || t.SegmentOf(i) >= 0)
                {
                    continue;
                }

                var attribution = SourceFirst(t, sentence, i) ?? (IsCue(t, i) ? CueAt(t, sentence, i) : null);
                if (attribution is null || attribution.Parts.Count == 0 || found.Exists(a => a.Content.Overlaps(attribution.Content)))
                {
                    continue;
                }

                if (attribution.SourceTokens is { } source && Pronouns.Contains(t.Word(source.First).ToString()))
                {
                    attribution.SourceTokens = null; // "— додав він": the speaker of the quote before
                    attribution.CarriedFrom = lastNamed;
                }
                else if (attribution.SourceTokens is not null)
                {
                    lastNamed = attribution;
                }

                attribution.Kind = ContentSpans.KindOf(t, attribution.Parts);
                attribution.Confidence = attribution.Kind == QuoteKind.Direct ? 0.85 : 0.75;
                attribution.AttributionEnd = Math.Max(attribution.Cue?.End ?? 0, attribution.Source?.End ?? 0);
                found.Add(attribution);
                i = t.TokenAt(attribution.AttributionEnd) - 1;
            }
        }
    }

    /// <summary>
    /// A pronoun speaker with no named quote before it ("Також він зазначив ...") is the person last named
    /// before the pronoun; the pronoun becomes one of that person's mentions.
    /// </summary>
    public static void ResolvePronouns(List<Attribution> found, Entities.EntityGraph graph)
    {
        foreach (var attribution in found.Where(a => a is { Form: SourceForm.Pronoun, Speaker: null, Source: not null }))
        {
            var at = attribution.Source!.Value.Start;
            var person = graph.Entities
                .Where(e => e.Type == EntityType.Person && e.Mentions.Any(m => m.Span.End <= at))
                .MaxBy(e => e.Mentions.Where(m => m.Span.End <= at).Max(m => m.Span.Start));
            if (person is not null)
            {
                person.AddMention(attribution.Source.Value, Entities.MentionKind.Pronoun);
                attribution.Speaker = person.Id;
            }
        }
    }

    private static bool IsCue(QuoteText t, int i) => t.IsLowerWord(i) && Cues.Contains(t.Word(i).ToString());

    /// <summary>"За словами X, ...", "По словам X, ...", "Як повідомив X, ...", "Как сообщил X, ...".</summary>
    private static Attribution? SourceFirst(QuoteText t, Sentence sentence, int i)
    {
        int cueEnd;
        if ((t.Is(i, "за") || t.Is(i, "по")) && (t.Is(i + 1, "словами") || t.Is(i + 1, "словам") || t.Is(i + 1, "даними") || t.Is(i + 1, "данным")))
        {
            cueEnd = i + 2;
        }
        else if ((t.Is(i, "як") || t.Is(i, "как")) && IsCue(t, i + 1))
        {
            cueEnd = i + 2;
        }
        else
        {
            return null;
        }

        var comma = cueEnd;
        while (comma < sentence.EndToken && !t.IsChar(comma, ',') && comma - cueEnd < MaxSourceTokens)
        {
            comma++;
        }

        if (!t.IsChar(comma, ',') || comma == cueEnd)
        {
            return null;
        }

        var end = ClauseEnd(t, sentence, comma + 1);
        var content = Content(t, comma + 1, end);
        if (content is null)
        {
            return null;
        }

        var attribution = new Attribution();
        attribution.Parts.Add(content.Value);
        attribution.Cue = t.Span(i, cueEnd - 1);
        SetSource(t, attribution, cueEnd, comma - 1);
        return attribution;
    }

    private static Attribution? CueAt(QuoteText t, Sentence sentence, int cue)
    {
        // "Про це повідомив X." / "Об этом сообщил X.": the content is what came before.
        if (cue >= sentence.FirstToken + 2 && (t.Is(cue - 2, "про") && t.Is(cue - 1, "це") || t.Is(cue - 2, "об") && t.Is(cue - 1, "этом")))
        {
            return Anaphoric(t, sentence, cue);
        }

        // "..., — заявив X" / "«...», — сказав X" / "..., повідомив X": the content comes first.
        var before = cue - 1;
        if (before > sentence.FirstToken && t.Kind(before) == TokenKind.Dash)
        {
            before--;
        }

        if (before > sentence.FirstToken && t.IsChar(before, ','))
        {
            var first = ContentStart(t, sentence, before);
            var content = Content(t, first, before);
            if (content is not null)
            {
                var attribution = new Attribution { Trailing = true };
                attribution.Parts.Add(content.Value);
                attribution.Cue = t.Span(cue, cue);
                SetSource(t, attribution, cue + 1, SourceEnd(t, sentence, cue + 1));
                return attribution.Source is null ? null : attribution;
            }
        }

        // "X заявив, що ...", "X сообщил: «...»", "X заявив про ...".
        var open = cue + 1;
        if (t.IsChar(open, ',') && (t.Is(open + 1, "що") || t.Is(open + 1, "что")))
        {
            open += 2;
        }
        else if (t.IsChar(open, ':'))
        {
            open += 1;
        }
        else if (t.Is(open, "що") || t.Is(open, "что"))
        {
            open += 1;
        }
        else if (t.Is(open, "про") || t.Is(open, "о") || t.Is(open, "об"))
        {
            // "повідомили про загрозу ...": the topic is the content, "про" with it.
        }
        else
        {
            return null;
        }

        var subjectEnd = cue - 1;
        while (subjectEnd >= sentence.FirstToken && Adverbs.Contains(t.Word(subjectEnd).ToString()))
        {
            subjectEnd--;
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

        var clause = Content(t, open, ClauseEnd(t, sentence, open));
        if (clause is null || subjectEnd < subjectStart)
        {
            return null;
        }

        var reported = new Attribution();
        reported.Parts.Add(clause.Value);
        reported.Cue = t.Span(cue, cue);
        SetSource(t, reported, subjectStart, subjectEnd);
        return reported;
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

        while (first < end && (t.Kind(first) is TokenKind.Quote or TokenKind.Dash || t.IsClausePunct(first)))
        {
            first++;
        }

        while (end > first && (t.Kind(end - 1) is TokenKind.Quote or TokenKind.Terminal || t.IsClausePunct(end - 1)))
        {
            end--;
        }

        return end - first >= MinContentTokens ? t.Span(first, end - 1) : null;
    }

    private static int SourceEnd(QuoteText t, Sentence sentence, int first)
    {
        var last = first - 1;
        for (var k = first; k < sentence.EndToken && k - first < MaxSourceTokens; k++)
        {
            if (t.Kind(k) is not (TokenKind.Word or TokenKind.Abbreviation) || (k > first && SourceStops.Contains(t.Word(k).ToString())))
            {
                break;
            }

            last = k;
        }

        return last;
    }

    private static void SetSource(QuoteText t, Attribution attribution, int first, int last)
    {
        if (last < first)
        {
            return;
        }

        attribution.Source = t.Span(first, last);
        attribution.SourceTokens = (first, last);
        attribution.Form = Pronouns.Contains(t.Word(first).ToString()) ? SourceForm.Pronoun
            : Entities.Cyrillic.CyrillicWords.IsAcronym(t.Word(last)) ? SourceForm.Institution
            : HasName(t, first, last) ? SourceForm.Name
            : SourceForm.Nominal;
    }

    private static bool HasName(QuoteText t, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (t.IsCapitalized(k))
            {
                return true;
            }
        }

        return false;
    }
}
