using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// Quotes no cue claimed: the second half of a split quote (<c>"A," she said. "B."</c>), dash
/// trailers (<c>"..." — Name</c>), colon intros (<c>Name: "..."</c>) and floating quotes that carry on
/// the previous speaker's words. A short quoted phrase inside running text (a scare quote, a title)
/// is not a quote on its own and is left out.
/// </summary>
internal static class StandaloneQuotes
{
    /// <summary>Most tokens between an attribution's last word and a same-sentence continuation ("said Tuesday, "B"").</summary>
    private const int MaxGap = 4;

    /// <summary>Adds or extends attributions for the segments no content covers yet.</summary>
    public static void Read(QuoteText t, List<Attribution> found)
    {
        found.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        // found stays sorted by content start, so lookups are binary searches bounded by the longest content:
        // scanning every attribution per segment made long texts quadratic.
        var longest = found.Count == 0 ? 0 : found.Max(a => a.Content.Length);
        foreach (var segment in t.Segments)
        {
            if (Covered(found, segment.Span, longest))
            {
                continue;
            }

            var open = t.TokenAt(segment.Span.Start);
            var close = t.TokenAt(segment.Span.End) - 1;
            var previous = Previous(found, segment.Span.Start);
            if (previous is { Trailing: true } && Continues(t, previous, segment.Span))
            {
                previous.Parts.Add(segment.Span);
                previous.Kind = ContentSpans.KindOf(t, previous.Parts);
                continue;
            }

            if (!StandsAlone(t, open, close) || !CharClass.IsQuote(t.Text[segment.Span.Start]) || t.Text[segment.Span.Start] is '\'' or '‘' or '’')
            {
                continue; // single-quoted headlines and titles need a cue of their own
            }

            var attribution = new Attribution { Kind = QuoteKind.Direct, Confidence = segment.Capped ? 0.35 : 0.6 };
            attribution.Parts.Add(segment.Span);
            if (close + 1 < t.Count && t.Kind(close + 1) == TokenKind.Dash && !t.Tokens[close + 1].LineBreakBefore
                && SpeakerPhrases.After(t, close + 2, allowLower: false) is { } dashed)
            {
                Attach(t, attribution, dashed, t.Tokens[close + 1].Span, 0.85);
            }
            else if (open > 1 && t.IsChar(open - 1, ':') && ColonSpeaker(t, open - 1) is { } intro)
            {
                Attach(t, attribution, intro, t.Tokens[open - 1].Span, 0.8);
            }
            else if (CueAfter(t, close))
            {
                attribution.Confidence = 0.3; // its own cue follows but its speaker could not be read: no speaker beats a wrong one
            }
            else if (previous is not null && (previous.Source is not null || previous.CarriedFrom is not null))
            {
                if (ParagraphOf(t, previous.AttributionEnd) + 1 < ParagraphOf(t, segment.Span.Start))
                {
                    continue; // too far from the last speaker to carry the attribution
                }

                attribution.Speaker = previous.Speaker;
                attribution.CarriedFrom = previous;
                attribution.Confidence -= 0.1;
            }
            else
            {
                continue;
            }

            if (segment.Capped)
            {
                attribution.Confidence = Math.Min(attribution.Confidence, 0.35);
            }

            attribution.AttributionEnd = Math.Max(segment.Span.End, attribution.Source?.End ?? 0);
            found.Insert(FirstStartingAfter(found, attribution.Content.Start), attribution);
            longest = Math.Max(longest, attribution.Content.Length);
        }
    }

    private static bool Covered(List<Attribution> found, TextSpan span, int longest)
    {
        for (var i = FirstStartingAfter(found, span.Start - longest - 1); i < found.Count && found[i].Content.Start < span.End; i++)
        {
            foreach (var part in found[i].Parts)
            {
                if (part.Overlaps(span))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The last attribution before <paramref name="offset"/>, looking past a participial one (", emphasizing ...").</summary>
    private static Attribution? Previous(List<Attribution> found, int offset)
    {
        var before = FirstStartingAfter(found, offset - 1); // found is sorted by content start
        var previous = before > 0 ? found[before - 1] : null;
        var beforeIt = before > 1 ? found[before - 2] : null;
        return previous is { Participle: true } && beforeIt is { Trailing: true } ? beforeIt : previous;
    }

    /// <summary>
    /// The quote follows its predecessor's attribution: after a comma in the same sentence, or opening the
    /// very next sentence, also in the next paragraph (<c>"A," she said of the plan. "B."</c>).
    /// </summary>
    private static bool Continues(QuoteText t, Attribution previous, TextSpan segment)
    {
        var start = segment.Start;
        if (previous.AttributionEnd <= 0 || previous.AttributionEnd > start || !previous.Parts.TrueForAll(p => p.End <= start))
        {
            return false;
        }

        var last = t.TokenAt(previous.AttributionEnd) - 1;
        var open = t.TokenAt(start);
        if (last < 0 || open >= t.Count)
        {
            return false;
        }

        var sentence = t.SentenceOf(last);
        var next = t.SentenceOf(open);
        if (next == sentence)
        {
            // A long gap ("said, suggesting a few questions, including, "B"") needs a lower-case
            // continuation to be the same quote ("said during a rally in X, "but ...").
            return t.IsChar(open - 1, ',') && !ClaimedBetween(t, last, open) && (open - last <= MaxGap || ContinuesLower(t, start));
        }

        // The very next sentence opens with the quote, also when it opens the next paragraph ("A," he said. ⏎ "B.").
        return next == sentence + 1 && t.Sentences[next].FirstToken == open && !CueAfter(t, t.TokenAt(segment.End) - 1);
    }

    /// <summary>True when a cue follows the quote closing at token <paramref name="close"/> in its sentence: it has a speaker of its own.</summary>
    private static bool CueAfter(QuoteText t, int close)
    {
        var end = Math.Min(t.SentenceAt(close).EndToken, close + 12);
        for (var i = close + 1; i < end; i++)
        {
            if (t.IsCueWord(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the quote opening at <paramref name="start"/> goes on in lower case (the rest of a sentence).</summary>
    private static bool ContinuesLower(QuoteText t, int start)
    {
        for (var i = start + 1; i < t.Text.Length && i < start + 4; i++)
        {
            if (char.IsLetter(t.Text[i]))
            {
                return char.IsLower(t.Text[i]);
            }
        }

        return false;
    }

    /// <summary>True when another quote or another cue lies between the two tokens.</summary>
    private static bool ClaimedBetween(QuoteText t, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (t.SegmentOf(i) >= 0 || t.IsCueWord(i))
            {
                return true; // another quote or another cue ("said, adding later, ...") in between
            }
        }

        return false;
    }

    /// <summary>A quote that is a sentence of its own (or opens one after a colon or dash), not a phrase in running text.</summary>
    private static bool StandsAlone(QuoteText t, int open, int close)
    {
        var sentence = t.SentenceAt(open);
        var atStart = open == sentence.FirstToken || t.IsClausePunct(open - 1) || t.Kind(open - 1) == TokenKind.Dash;
        var words = 0;
        for (var i = open; i <= close && words < 4; i++)
        {
            words += t.Kind(i) == TokenKind.Word ? 1 : 0;
        }

        return atStart && words >= 4;
    }

    private static SpeakerPhrase? ColonSpeaker(QuoteText t, int colon)
    {
        var start = t.SentenceAt(colon).FirstToken;
        return SpeakerPhrases.After(t, start, allowLower: false) is { } phrase && phrase.Last == colon - 1 ? phrase : null;
    }

    private static void Attach(QuoteText t, Attribution attribution, SpeakerPhrase source, TextSpan cue, double confidence)
    {
        attribution.SetSource(t, source);
        attribution.Cue = cue;
        attribution.Confidence = confidence;
    }

    private static int ParagraphOf(QuoteText t, int offset) => t.SentenceAt(Math.Min(t.TokenAt(offset), t.Count - 1)).Paragraph;

    /// <summary>The index of the first attribution (in content-start order) whose content starts after <paramref name="offset"/>.</summary>
    private static int FirstStartingAfter(List<Attribution> found, int offset)
    {
        var (low, high) = (0, found.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = found[middle].Content.Start <= offset ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
