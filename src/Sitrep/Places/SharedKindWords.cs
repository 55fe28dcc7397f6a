namespace Sitrep.Places;

/// <summary>
/// A plural kind word after a list of names gives each name its kind: "Hale, Lamb and Floyd counties" are three
/// counties, "the Sumy and Kharkiv regions" two oblasts. The list is mentions joined by commas, "and", "or" or "&amp;".
/// </summary>
internal static class SharedKindWords
{
    /// <summary>For each mention, the cue a plural kind word after its list gives it (None when there is none).</summary>
    public static KindCue[] Of(string text, IReadOnlyList<ToponymMention> mentions)
    {
        var cues = new KindCue[mentions.Count];
        var m = 0;
        while (m < mentions.Count)
        {
            var last = m;
            while (last + 1 < mentions.Count && IsJoiner(Between(text, mentions[last].Span.End, mentions[last + 1].Span.Start)))
            {
                last++;
            }

            var cue = last > m ? Plural(text, mentions[last].Span) : KindCue.None;
            for (var k = m; k <= last; k++)
            {
                cues[k] = cue;
            }

            m = last + 1;
        }

        return cues;
    }

    // The plural kind word ending the span ("Sumy regions") or the word right after it ("Lamb counties").
    private static KindCue Plural(string text, Text.TextSpan span)
    {
        var inside = text.AsSpan(span.Start, span.Length);
        var space = inside.LastIndexOf(' ');
        if (space > 0 && KindWords.OfPlural(inside[(space + 1)..]) is var own and not KindCue.None)
        {
            return own;
        }

        var start = span.End;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return start > span.End && end > start ? KindWords.OfPlural(text.AsSpan(start, end - start)) : KindCue.None;
    }

    private static ReadOnlySpan<char> Between(string text, int from, int to) =>
        to >= from && to - from <= 7 ? text.AsSpan(from, to - from).Trim() : "?";

    private static bool IsJoiner(ReadOnlySpan<char> gap) =>
        gap is "," or "and" or ", and" or "or" or ", or" or "&";
}
