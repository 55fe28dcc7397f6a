using Sitrep.Text;

namespace Sitrep.Quotes;

// A second cue joined to the first by "and"/"but" shares its speaker: "X said A and warned B".
internal static partial class CueReader
{
    /// <summary>
    /// True when token <paramref name="k"/> is "and"/"but" (an adverb may follow) before a finite cue:
    /// the verb phrase of the same speaker goes on, so the earlier content stops there.
    /// </summary>
    public static bool IsCoordinatedCue(QuoteText t, int k)
    {
        if (!t.Is(k, "and") && !t.Is(k, "but"))
        {
            return false;
        }

        var cue = t.Has(k + 1, WordClass.Skip) ? k + 2 : k + 1;
        return cue < t.Count && t.IsLowerWord(cue) && IsCue(t, cue, out var entry, out _)
            && entry.Frame != CueFrame.SourceFirst && !IsParticiple(t, cue)
            && !t.Word(cue).Equals(entry.Lemma, StringComparison.Ordinal);
    }

    /// <summary>
    /// The attribution of a cue with no subject of its own that is coordinated with the sentence's
    /// last cue: it shares that cue's speaker. Null otherwise.
    /// </summary>
    private static Attribution? Coordinated(QuoteText t, int i, int cueEnd, CueEntry entry, List<Attribution> found)
    {
        var conjunction = t.Has(i - 1, WordClass.Skip) ? i - 2 : i - 1;
        if (conjunction < 0 || !IsCoordinatedCue(t, conjunction) || LastInSentence(t, found, i) is not { Source: not null } main
            || main.Content.End > t.Tokens[conjunction].Start || ContentSpans.After(t, cueEnd, entry.Frame) is not { } right)
        {
            return null;
        }

        var attribution = new Attribution { Confidence = 0.7 };
        attribution.Parts.Add(right.Span);
        attribution.ShareSource(main);
        return attribution;
    }
}
