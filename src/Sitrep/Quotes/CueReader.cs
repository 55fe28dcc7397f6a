using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// Finds every reporting cue outside quotation marks and reads its attribution: subject-cue-clause
/// ("Lavrov said Russia is ready"), clause-subject-cue ("...," he noted), clause-cue-subject
/// ("...," said Gen. X), participial cues that share the sentence's speaker (", saying ...") and
/// "according to X".
/// </summary>
internal static partial class CueReader
{
    private const int NamingWindow = 8;
    private const int MaxCueLength = 16;

    /// <summary>Adds the attributions of every cue of <paramref name="t"/> to <paramref name="found"/>.</summary>
    public static void Read(QuoteText t, List<Attribution> found)
    {
        var ends = new ContentEnds(found);
        for (var i = 0; i < t.Count; i++)
        {
            if (t.Kind(i) != TokenKind.Word || t.SegmentOf(i) >= 0 || !IsCue(t, i, out var entry, out var cueEnd))
            {
                continue;
            }

            var attribution = entry.Frame == CueFrame.SourceFirst
                ? AccordingTo(t, i, cueEnd)
                : Verb(t, i, cueEnd, entry, found);
            if (attribution is null || attribution.Parts.Count == 0 || Claimed(found, ends, attribution))
            {
                continue;
            }

            attribution.Cue = t.Span(i, cueEnd - 1);
            attribution.AttributionEnd = Math.Max(attribution.Cue.Value.End, attribution.Source?.End ?? 0);
            attribution.Kind = ContentSpans.KindOf(t, attribution.Parts);
            found.Add(attribution);
            ends.Added();
        }
    }

    private static bool IsCue(QuoteText t, int i, out CueEntry entry, out int cueEnd)
    {
        cueEnd = i + 1;
        Span<char> lower = stackalloc char[MaxCueLength];
        scoped ReadOnlySpan<char> word = t.Word(i);
        if (char.IsUpper(word[0]))
        {
            if (word.Equals("According", StringComparison.Ordinal))
            {
                entry = new CueEntry("according to", CueFrame.SourceFirst);
                cueEnd = i + 2;
                return t.Is(i + 1, "to");
            }

            if (!InTitleCase(t, i) || word.Length > MaxCueLength)
            {
                entry = default;
                return false;
            }

            word = lower[..word.ToLowerInvariant(lower)]; // a headline in title case: "Obama Says Museum Will ..."
        }

        if (!t.Lexicon.TryGetCue(word, out entry))
        {
            return false;
        }

        if (entry.Frame == CueFrame.SourceFirst)
        {
            cueEnd = i + 2;
            return t.Is(i + 1, "to");
        }

        if (entry.Lemma == "call")
        {
            if (t.Is(i + 1, "for") || t.Is(i + 1, "on"))
            {
                cueEnd = i + 2;
                return true;
            }

            return word != "call" && NamesWithQuote(t, i + 1) && !IsPassive(t, i); // "called the deal "a disaster""
        }

        if (entry.Lemma is "question" or "wonder" && !t.Has(i + 1, WordClass.Question))
        {
            return false; // "police questioned two men" is no statement; "questioned whether ..." is
        }

        if (entry.Lemma == "state" && word == "state" && t.IsCapitalized(i + 1))
        {
            return false; // the adjective of "state Sen. X", "state Attorney General"
        }

        if (IsPassive(t, i))
        {
            return false; // a noun ("his claims", "Russia's claims") or a passive ("is said to")
        }

        return !IsParticiple(t, i) || (i > 0 && ContentSpans.AfterComma(t, i));
    }

    /// <summary>True for a word inside the headline, after its first word, where cues are capitalised.</summary>
    private static bool InTitleCase(QuoteText t, int i) =>
        t.SentenceOf(i) == t.HeadlineSentence && i > t.Sentences[t.HeadlineSentence].FirstToken;

    private static bool IsPassive(QuoteText t, int i) =>
        i > 0 && (t.Has(i - 1, WordClass.Determiner | WordClass.Be) || (t.Kind(i - 1) == TokenKind.Clitic && !t.Is(i - 1, "n't")));

    /// <summary>True when an object and then a quotation follow a naming cue ("called the deal "a disaster"").</summary>
    private static bool NamesWithQuote(QuoteText t, int first)
    {
        for (var k = first; k < t.Count && k < first + NamingWindow; k++)
        {
            if (t.OpensSegment(k))
            {
                return k > first;
            }

            if (t.IsTerminal(k) || t.IsClausePunct(k) || t.Tokens[k].LineBreakBefore)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when nothing but a boundary or an adverbial follows an inverted speaker ("said Gen. X, ...").</summary>
    private static bool EndsPhrase(QuoteText t, int i) =>
        i >= t.Count || t.IsTerminal(i) || t.IsClausePunct(i) || t.IsChar(i, '(') || t.Kind(i) == TokenKind.Dash
        || t.Tokens[i].LineBreakBefore || t.Has(i, WordClass.Adverbial) || t.OpensSegment(i);

    private static bool IsParticiple(QuoteText t, int i) => t.Word(i).EndsWith("ing", StringComparison.Ordinal);

    private static Attribution? Verb(QuoteText t, int i, int cueEnd, CueEntry entry, List<Attribution> found)
    {
        var sentenceStart = t.SentenceAt(i).FirstToken;
        if (IsParticiple(t, i))
        {
            return Participle(t, i, cueEnd, entry, found);
        }

        // Inverted: "...," said Gen. Eirik Kristoffersen.
        if (i > 0 && (t.IsChar(i - 1, ',') || t.ClosesSegment(i - 1)) && SpeakerPhrases.After(t, cueEnd, allowLower: false) is { } after
            && after.Form != SourceForm.Pronoun && EndsPhrase(t, after.Last + 1) && ContentSpans.Before(t, i - 1) is { } inverted)
        {
            return Make(t, inverted, after, trailing: true, confidence: 0.9);
        }

        if (SpeakerPhrases.Before(t, i, sentenceStart) is not { } subject)
        {
            return Coordinated(t, i, cueEnd, entry, found);
        }

        if (t.Is(subject.First, "who") && found.Count > 0 && found[^1].Trailing && found[^1].SourceTokens is { } speaker
            && speaker.Last >= subject.First - 2)
        {
            return null; // ""A," said X, who noted ..., "B"": an aside about the speaker, whose quote goes on
        }

        var b = subject.First - 1;
        if (b < sentenceStart && (b < 0 || !t.ClosesSegment(b) || t.Tokens[subject.First].LineBreakBefore
            || t.LastInside(t.SegmentOf(b)) is not ('?' or '!')))
        {
            b = -1; // the subject opens its sentence: nothing before it is this cue's content
        }

        var trailer = b >= 0 && (t.ClosesSegment(b) || (t.IsChar(b, ',') && t.ClosesSegment(b - 1)));
        var right = trailer ? null : ContentSpans.After(t, cueEnd, entry.Frame);
        if (right is { } r)
        {
            return Make(t, r.Span, subject, trailing: false, confidence: 0.8);
        }

        if (b >= 0 && ContentSpans.Before(t, b) is { } before)
        {
            var attribution = Make(t, before, subject, trailing: true, confidence: trailer ? 0.95 : 0.7);
            if (!trailer && ContentSpans.Resumed(t, cueEnd) is { } rest)
            {
                attribution.Parts.Add(rest); // "But to prevent problems, he said, officials should ..."
                attribution.Trailing = false;
            }

            if (trailer && t.IsChar(cueEnd, ',') && t.OpensSegment(cueEnd + 1))
            {
                attribution.Parts.Add(t.Segments[t.SegmentOf(cueEnd + 1)].Span); // "A," she said, "B."
            }

            return attribution;
        }

        return null;
    }

    private static Attribution? Participle(QuoteText t, int i, int cueEnd, CueEntry entry, List<Attribution> found)
    {
        if (ContentSpans.After(t, cueEnd, entry.Frame) is not { } right)
        {
            return null;
        }

        var attribution = new Attribution { Confidence = 0.7, Participle = true };
        attribution.Parts.Add(right.Span);
        if (LastInSentence(t, found, i) is { } main)
        {
            attribution.ShareSource(main);
        }
        else if (SpeakerPhrases.After(t, t.SentenceAt(i).FirstToken, allowLower: false) is { } subject)
        {
            attribution.SetSource(t, subject);
        }

        return attribution;
    }

    private static Attribution? AccordingTo(QuoteText t, int i, int cueEnd)
    {
        if (SpeakerPhrases.After(t, cueEnd, allowLower: true) is not { } source)
        {
            return null;
        }

        var sentence = t.SentenceAt(i);
        TextSpan? content = null;
        if (i == sentence.FirstToken || t.Has(i - 1, WordClass.Stop))
        {
            if (t.IsChar(source.Last + 1, ','))
            {
                content = ContentSpans.From(t, source.Last + 2)?.Span;
            }
        }
        else if (t.IsChar(i - 1, ',') && ContentSpans.Before(t, i - 1) is { } before)
        {
            var attribution = Make(t, before, source, trailing: false, confidence: 0.8);
            if (ContentSpans.Resumed(t, source.Last + 1) is { } rest)
            {
                attribution.Parts.Add(rest); // "A, according to officials, and B."
            }

            return attribution;
        }

        return content is { } c ? Make(t, c, source, trailing: false, confidence: 0.8) : null;
    }

    private static Attribution Make(QuoteText t, TextSpan content, SpeakerPhrase source, bool trailing, double confidence)
    {
        var attribution = new Attribution { Trailing = trailing, Confidence = confidence };
        attribution.Parts.Add(content);
        attribution.SetSource(t, source);
        return attribution;
    }

    /// <summary>The last attribution found, when its cue lies in the sentence of token <paramref name="i"/>.</summary>
    private static Attribution? LastInSentence(QuoteText t, List<Attribution> found, int i) =>
        found.Count > 0 && found[^1].Cue is { } cue && t.SentenceOf(t.TokenAt(cue.Start)) == t.SentenceOf(i) ? found[^1] : null;

    /// <summary>
    /// True when the content overlaps content already found (nested attributions are flattened). An
    /// earlier attribution whose cue lies inside the new content is the inner one and gives way.
    /// </summary>
    private static bool Claimed(List<Attribution> found, ContentEnds ends, Attribution attribution)
    {
        var content = attribution.Content;
        for (var k = found.Count - 1; k >= 0; k--)
        {
            if (ends.UpTo(k) <= content.Start)
            {
                break; // found[0..k] all end before this content starts: none can overlap it
            }

            var other = found[k];
            // Parts lie inside the content hull: the cheap test first (the closures made long texts crawl).
            if (!other.Content.Overlaps(content) || !other.Parts.Exists(p => attribution.Parts.Exists(p.Overlaps)))
            {
                continue;
            }

            if (other.Cue is { } inner && content.Contains(inner) && !(other.Source is { } s && !content.Contains(s)))
            {
                found.RemoveAt(k);
                ends.Removed(k);
                continue;
            }

            return true;
        }

        return false;
    }
}
