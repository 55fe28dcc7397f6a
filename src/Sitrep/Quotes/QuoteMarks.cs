using System.Collections.Immutable;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// Pairs quotation marks into <see cref="QuoteSegment"/>s in one scan per paragraph. Double marks
/// (straight or curly) make the segments; single marks count only in a paragraph without double marks,
/// so apostrophes and nested quotes ('r*pe') never open or close a segment of their own; inside «...» the
/// marks „ “ ” nest and make no segment either.
/// </summary>
internal static class QuoteMarks
{
    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.-'");

    /// <summary>Every segment of <paramref name="text"/>, in text order.</summary>
    public static List<QuoteSegment> Find(string text, ImmutableArray<Paragraph> paragraphs)
    {
        var segments = new List<QuoteSegment>();
        var open = -1;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var span = paragraphs[p].Span;
            var reopened = open >= 0;
            if (!HasDouble(text, span))
            {
                if (open >= 0)
                {
                    segments.Add(new QuoteSegment(new TextSpan(open, paragraphs[p - 1].Span.End), Capped: true));
                    open = -1;
                }

                ScanSingles(text, span, segments);
                continue;
            }

            for (var i = span.Start; i < span.End; i++)
            {
                var c = text[i];
                var width = 1;
                if (IsDoubleApostrophe(text, i, span.End))
                {
                    (c, width) = ('"', 2);
                }
                else if (!IsDouble(c))
                {
                    continue;
                }

                if (reopened)
                {
                    reopened = false; // the continuing paragraph's opening mark belongs to the open quote
                    if (IsOpener(text, i, c))
                    {
                        i += width - 1;
                        continue;
                    }
                }

                if (open >= 0 && text[open] == '«' && c is '„' or '“' or '”')
                {
                    continue; // inside «ёлочки» an inner quote takes „лапки“ or “ ”: it nests, it does not end the outer one
                }

                if (open < 0)
                {
                    if (!IsStrayCloser(text, i, c))
                    {
                        open = i;
                    }
                }
                else if (c is '“' or '„' or '«' && !LooksClosing(text, i))
                {
                    open = i; // a second opener: the first mark was stray
                }
                else
                {
                    if (!IsNickname(text, open, i + width))
                    {
                        segments.Add(new QuoteSegment(new TextSpan(open, i + width), Capped: false));
                    }

                    open = -1;
                }

                i += width - 1;
            }

            if (open >= 0 && !NextParagraphReopens(text, paragraphs, p))
            {
                segments.Add(new QuoteSegment(new TextSpan(open, span.End), Capped: true));
                open = -1;
            }
        }

        if (open >= 0)
        {
            segments.Add(new QuoteSegment(new TextSpan(open, paragraphs[^1].Span.End), Capped: true));
        }

        return segments;
    }

    private static bool IsDouble(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';

    /// <summary>Two straight apostrophes used as one double mark (''like this''), as some archives print quotes.</summary>
    private static bool IsDoubleApostrophe(string text, int i, int end) =>
        text[i] == '\'' && i + 1 < end && text[i + 1] == '\'' && (i + 2 >= end || text[i + 2] != '\'');

    private static bool HasDouble(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (IsDouble(text[i]) || IsDoubleApostrophe(text, i, span.End))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOpener(string text, int i, char c) =>
        c is '“' or '„' or '«' || (c == '"' && (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])));

    /// <summary>A quoted single capitalised word between two names (<c>Marcia "Cia" Price</c>) is a nickname, not a quote.</summary>
    private static bool IsNickname(string text, int start, int end)
    {
        if (start < 2 || end + 1 >= text.Length || text[start - 1] != ' ' || text[end] != ' '
            || !char.IsUpper(text[end + 1]) || !char.IsLetter(text[start - 2]))
        {
            return false;
        }

        var inner = text.AsSpan(start + 1, end - start - 2);
        if (inner.IsEmpty || !char.IsUpper(inner[0]) || inner.ContainsAnyExcept(Letters))
        {
            return false;
        }

        var wordStart = start - 2;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return char.IsUpper(text[wordStart]);
    }

    /// <summary>A closing-shaped mark with nothing open (<c>no." ⏎</c> after a lost opener) opens nothing.</summary>
    private static bool IsStrayCloser(string text, int i, char c) =>
        c is not ('“' or '„' or '«') && LooksClosing(text, i) && text[i - 1] is not ('(' or '[' or '—' or '–' or '-' or '/');

    private static bool LooksClosing(string text, int i) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || char.IsPunctuation(text[i + 1]));

    private static bool NextParagraphReopens(string text, ImmutableArray<Paragraph> paragraphs, int p)
    {
        if (p + 1 >= paragraphs.Length)
        {
            return false;
        }

        var next = paragraphs[p + 1].Span;
        return next.Length > 1 && IsDouble(text[next.Start]) && IsOpener(text, next.Start, text[next.Start]);
    }

    /// <summary>Single-quoted segments ('We will win,' says ...), only where no double marks are used.</summary>
    private static void ScanSingles(string text, TextSpan span, List<QuoteSegment> segments)
    {
        var open = -1;
        for (var i = span.Start; i < span.End; i++)
        {
            var c = text[i];
            if (c is not ('\'' or '‘' or '’'))
            {
                continue;
            }

            var before = i > span.Start ? text[i - 1] : ' ';
            var after = i + 1 < span.End ? text[i + 1] : ' ';
            if (char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
            {
                continue; // an apostrophe inside a word
            }

            if (open < 0 && c != '’' && (char.IsWhiteSpace(before) || before is '(' or '—') && char.IsLetterOrDigit(after))
            {
                open = i;
            }
            else if (open >= 0 && !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after)) && !char.IsLetter(after))
            {
                segments.Add(new QuoteSegment(new TextSpan(open, i + 1), Capped: false));
                open = -1;
            }
        }
    }
}
