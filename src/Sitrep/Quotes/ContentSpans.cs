using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// Where reported content lies around a cue: the clause after it ("said [that] ...") or the clause
/// before it ("..., he said"). Quotation marks never cut content: a quote inside is skipped whole,
/// even when the sentence splitter broke it into several sentences.
/// </summary>
internal static partial class ContentSpans
{
    private const int ThatWindow = 8;

    /// <summary>The reported clause after a cue ending at <paramref name="j"/>; null when none follows.</summary>
    public static (TextSpan Span, int First)? After(QuoteText t, int j, CueFrame frame)
    {
        if (j >= t.Count)
        {
            return null;
        }

        if (t.IsChar(j, ':'))
        {
            j++;
        }
        else if (t.IsChar(j, ','))
        {
            if (!t.OpensSegment(j + 1))
            {
                return null;
            }

            j++;
        }

        if (j >= t.Count || t.IsTerminal(j) || t.Kind(j) == TokenKind.Dash)
        {
            return null;
        }

        if (QuoteAfterPreamble(t, j, frame) is { } quoted)
        {
            j = quoted; // "told CBS, "..."", "said of Clinton, "...""
        }

        if (t.OpensSegment(j) && t.LastInside(t.SegmentOf(j)) is ',' or '.' or '!' or '?')
        {
            return (t.Segments[t.SegmentOf(j)].Span, j); // a whole utterance is what was said; the sentence may go on ("says, "Don't," until ...")
        }

        var start = j;
        if (t.Is(j, "that"))
        {
            start = j + 1;
        }
        else if (!t.OpensSegment(j) && FindThat(t, j, frame) is { } that)
        {
            start = that + 1;
        }
        else if (!t.OpensSegment(j) && frame != CueFrame.Whole && (t.Has(j, WordClass.Adverbial) || ShortTail(t, j)))
        {
            return null; // only adverbials or an addressee follow: "said on Tuesday.", "told reporters."
        }

        return From(t, start);
    }

    /// <summary>Content from token <paramref name="start"/> to its clause end.</summary>
    public static (TextSpan Span, int First)? From(QuoteText t, int start)
    {
        if (start >= t.Count)
        {
            return null;
        }

        var end = t.SentenceAt(start).EndToken;
        var k = start;
        while (k < end)
        {
            if (t.SegmentOf(k) is var g and >= 0)
            {
                var after = t.TokenAt(t.Segments[g].Span.End);
                if (after > end && after - 1 < t.Count)
                {
                    end = Math.Max(end, t.SentenceAt(after - 1).EndToken);
                }

                k = after;
                if (k < end && t.LastInside(g) == ',' && StartsNewAttribution(t, k))
                {
                    end = k; // "... as "extremely dangerous," saying ..."
                    break;
                }

                continue;
            }

            if (t.IsChar(k, ';') || (t.IsChar(k, ',') && k + 1 < t.Count && StartsNewAttribution(t, k + 1)))
            {
                end = k;
                break;
            }

            if (k > start + 1 && CueReader.IsCoordinatedCue(t, k))
            {
                end = k; // "said A and warned B": the second cue shares the speaker and takes B
                break;
            }

            if (k > start + 1 && NarratorResumes(t, k))
            {
                end = k; // "urged both sides to stop, but he did not criticise Moscow": the writer tells again
                break;
            }

            if (k > start + 1 && InnerSpeaker(t, k, start) is { } cut)
            {
                end = cut; // "..., and the minister replied, "..."": the inner speaker takes the rest
                break;
            }

            k++;
        }

        var last = Math.Min(end, t.Count) - 1;
        while (last >= start && (t.IsTerminal(last) || t.IsClausePunct(last) || t.Kind(last) == TokenKind.Dash))
        {
            last--;
        }

        return last < start ? null : (t.Span(start, last), start);
    }

    // ", but he ..." / ", and she ...": after reported content, a clause opened by "he" or "she" tells what
    // the speaker did, not what they said.
    private static bool NarratorResumes(QuoteText t, int k) =>
        t.IsChar(k, ',') && (t.Is(k + 1, "and") || t.Is(k + 1, "but")) && (t.Is(k + 2, "he") || t.Is(k + 2, "she"));

    /// <summary>
    /// The content before a cue whose speaker phrase or cue follows token <paramref name="b"/> (a comma or
    /// a closing quotation mark): the quote that closes there, or the clause from the sentence start.
    /// </summary>
    public static TextSpan? Before(QuoteText t, int b)
    {
        var close = t.ClosesSegment(b) ? b : t.IsChar(b, ',') && b > 0 && t.ClosesSegment(b - 1) ? b - 1 : -1;
        if (close >= 0)
        {
            var segment = t.Segments[t.SegmentOf(close)].Span;
            var open = t.TokenAt(segment.Start);
            var sentenceStart = t.SentenceAt(open).FirstToken;
            return open == sentenceStart || t.IsChar(open - 1, ':') || t.Kind(open - 1) == TokenKind.Dash
                ? segment
                : t.Span(sentenceStart, close);
        }

        if (!t.IsChar(b, ','))
        {
            return null;
        }

        var opening = t.SentenceAt(b).FirstToken;
        var first = Dateline.BodyStart(t.Text, t.Tokens.AsSpan(), opening) ?? opening;
        if (t.SegmentOf(first) is var g and >= 0)
        {
            first = Math.Min(first, t.TokenAt(t.Segments[g].Span.Start)); // a quote the splitter broke
        }

        return b - 1 >= first ? t.Span(first, b - 1) : null;
    }

    /// <summary>Direct when every piece is exactly a quote segment; mixed when a piece holds one; else indirect.</summary>
    public static QuoteKind KindOf(QuoteText t, List<TextSpan> parts)
    {
        var kinds = parts.ConvertAll(p => KindOf(t, p));
        return kinds.TrueForAll(k => k == QuoteKind.Direct) ? QuoteKind.Direct
            : kinds.Exists(k => k != QuoteKind.Indirect) ? QuoteKind.Mixed
            : QuoteKind.Indirect;
    }

    /// <summary>Direct when the content is exactly one quote segment; mixed when it holds one; else indirect.</summary>
    public static QuoteKind KindOf(QuoteText t, TextSpan content)
    {
        // Only segments starting inside the content can equal it or lie in it: a binary search finds the first,
        // where a scan of every segment for every quote made texts with thousands of quotes slow.
        var spans = t.SegmentSpansByStart;
        var (low, high) = (0, spans.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = spans[middle].Start < content.Start ? (middle + 1, high) : (low, middle);
        }

        var kind = QuoteKind.Indirect;
        for (var i = low; i < spans.Length && spans[i].Start <= content.End; i++)
        {
            if (spans[i] == content)
            {
                return QuoteKind.Direct;
            }

            if (content.Contains(spans[i]))
            {
                kind = QuoteKind.Mixed;
            }
        }

        return kind;
    }

    private static int? FindThat(QuoteText t, int j, CueFrame frame)
    {
        var adverbial = t.Has(j, WordClass.Adverbial) || frame == CueFrame.Object;
        if (!adverbial)
        {
            return null;
        }

        for (var k = j; k < t.Count && k < j + ThatWindow; k++)
        {
            if (t.IsTerminal(k) || t.SegmentOf(k) >= 0 || t.Tokens[k].LineBreakBefore)
            {
                return null;
            }

            if (t.Is(k, "that"))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>True when the sentence ends within a few tokens with no clause: "told reporters.", "said Tuesday."</summary>
    private static bool ShortTail(QuoteText t, int j)
    {
        for (var k = j; k < t.Count && k < j + 4; k++)
        {
            if (t.IsTerminal(k) || t.IsChar(k, ',') || (k > j && t.Tokens[k].LineBreakBefore))
            {
                return k > j && (t.IsCapitalized(j) || t.Has(j, WordClass.Group | WordClass.Stop));
            }
        }

        return false;
    }

    /// <summary>
    /// When token <paramref name="k"/> is a cue with its own subject and clause after a comma, dash or
    /// conjunction, the token where the earlier content must stop; otherwise null.
    /// </summary>
    private static int? InnerSpeaker(QuoteText t, int k, int start)
    {
        if (!t.IsLowerWord(k) || !t.Lexicon.TryGetCue(t.Word(k), out var entry) || entry.Frame == CueFrame.SourceFirst
            || t.Word(k).EndsWith("ing", StringComparison.Ordinal) || t.IsTerminal(k + 1))
        {
            return null;
        }

        if (SpeakerPhrases.Before(t, k, start + 1) is not { } subject)
        {
            return null;
        }

        var boundary = subject.First - 1;
        return boundary > start && (t.IsChar(boundary, ',') || t.Kind(boundary) == TokenKind.Dash || IsConjunction(t, boundary))
            ? boundary
            : null;
    }

    /// <summary>True for a conjunction that can join a second reporting clause ("and", "but", "though").</summary>
    private static bool IsConjunction(QuoteText t, int i) =>
        t.Is(i, "and") || t.Is(i, "but") || t.Is(i, "though") || t.Is(i, "although") || t.Is(i, "yet") || t.Is(i, "while");

    /// <summary>True when token <paramref name="i"/> follows a comma, inside a closing quote or not.</summary>
    public static bool AfterComma(QuoteText t, int i) =>
        t.IsChar(i - 1, ',') || (t.ClosesSegment(i - 1) && t.LastInside(t.SegmentOf(i - 1)) == ',');

    private static bool StartsNewAttribution(QuoteText t, int i) =>
        t.Is(i, "according") || (t.IsCueWord(i) && t.Word(i).EndsWith("ing", StringComparison.Ordinal));
}
