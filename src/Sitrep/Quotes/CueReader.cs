using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// Finds every reporting cue outside quotation marks and reads its attribution: subject-cue-clause
/// ("Lavrov said Russia is ready"), clause-subject-cue ("...," he noted), clause-cue-subject
/// ("...," said Gen. X), participial cues that share the sentence's speaker (", saying ...") and
/// "according to X".
/// </summary>
internal static class CueReader
{
    /// <summary>Adds the attributions of every cue of <paramref name="t"/> to <paramref name="found"/>.</summary>
    public static void Read(QuoteText t, List<Attribution> found)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (t.Kind(i) != TokenKind.Word || t.SegmentOf(i) >= 0 || !IsCue(t, i, out var entry, out var cueEnd))
            {
                continue;
            }

            var attribution = entry.Frame == CueFrame.SourceFirst
                ? AccordingTo(t, i, cueEnd)
                : Verb(t, i, cueEnd, entry, found);
            if (attribution is null || attribution.Parts.Count == 0 || Claimed(found, attribution))
            {
                continue;
            }

            attribution.Cue = t.Span(i, cueEnd - 1);
            attribution.AttributionEnd = Math.Max(attribution.Cue.Value.End, attribution.Source?.End ?? 0);
            attribution.Kind = ContentSpans.KindOf(t, attribution.Parts);
            found.Add(attribution);
        }
    }

    private static bool IsCue(QuoteText t, int i, out CueEntry entry, out int cueEnd)
    {
        cueEnd = i + 1;
        var word = t.Word(i);
        if (char.IsUpper(word[0]))
        {
            entry = new CueEntry("according to", CueFrame.SourceFirst);
            cueEnd = i + 2;
            return word.Equals("According", StringComparison.Ordinal) && t.Is(i + 1, "to");
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
            cueEnd = i + 2;
            return t.Is(i + 1, "for") || t.Is(i + 1, "on");
        }

        if (entry.Lemma == "state" && word == "state" && t.IsCapitalized(i + 1))
        {
            return false; // the adjective of "state Sen. X", "state Attorney General"
        }

        if (i > 0 && (t.Has(i - 1, WordClass.Determiner | WordClass.Be) || t.Kind(i - 1) == TokenKind.Clitic && !t.Is(i - 1, "n't")))
        {
            return false; // a noun ("his claims", "Russia's claims") or a passive ("is said to")
        }

        return !IsParticiple(t, i) || (i > 0 && ContentSpans.AfterComma(t, i));
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
            return null;
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
            if (!trailer && t.IsChar(cueEnd, ',') && !t.OpensSegment(cueEnd + 1) && !t.IsTerminal(cueEnd + 1)
                && !ContentSpans.AfterComma(t, cueEnd + 2) && ContentSpans.From(t, cueEnd + 1) is { } rest
                && !t.Has(cueEnd + 1, WordClass.Adverbial) && !IsParticiple(t, cueEnd + 1))
            {
                attribution.Parts.Add(rest.Span); // "But to prevent problems, he said, officials should ..."
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

        var sentence = t.SentenceOf(i);
        var attribution = new Attribution { Confidence = 0.7, Participle = true };
        attribution.Parts.Add(right.Span);
        if (found.Count > 0 && found[^1].Cue is { } cue && t.SentenceOf(t.TokenAt(cue.Start)) == sentence)
        {
            var main = found[^1];
            (attribution.Source, attribution.SourceTokens, attribution.Form) = (main.Source, main.SourceTokens, main.Form);
        }
        else if (SpeakerPhrases.After(t, t.Sentences[sentence].FirstToken, allowLower: false) is { } subject)
        {
            SetSource(t, attribution, subject);
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
        else if (t.IsChar(i - 1, ','))
        {
            content = ContentSpans.Before(t, i - 1);
        }

        return content is { } c ? Make(t, c, source, trailing: false, confidence: 0.8) : null;
    }

    private static Attribution Make(QuoteText t, TextSpan content, SpeakerPhrase source, bool trailing, double confidence)
    {
        var attribution = new Attribution { Trailing = trailing, Confidence = confidence };
        attribution.Parts.Add(content);
        SetSource(t, attribution, source);
        return attribution;
    }

    private static void SetSource(QuoteText t, Attribution attribution, SpeakerPhrase source)
    {
        attribution.Source = t.Span(source.First, source.Last);
        attribution.SourceTokens = (source.First, source.Last);
        attribution.Form = source.Form;
    }

    /// <summary>
    /// True when the content overlaps content already found (nested attributions are flattened). An
    /// earlier attribution whose cue lies inside the new content is the inner one and gives way.
    /// </summary>
    private static bool Claimed(List<Attribution> found, Attribution attribution)
    {
        var content = attribution.Content;
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var other = found[k];
            if (!other.Parts.Exists(p => attribution.Parts.Exists(p.Overlaps)))
            {
                continue;
            }

            if (other.Cue is { } inner && content.Contains(inner) && !(other.Source is { } s && !content.Contains(s)))
            {
                found.RemoveAt(k);
                continue;
            }

            return true;
        }

        return false;
    }
}
