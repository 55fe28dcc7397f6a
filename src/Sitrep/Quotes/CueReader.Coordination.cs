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
        if (conjunction < 0 || !IsCoordinatedCue(t, conjunction) || found.Count == 0 || found[^1].Source is null
            || found[^1].Cue is not { } cue || t.SentenceOf(t.TokenAt(cue.Start)) != t.SentenceOf(i)
            || found[^1].Content.End > t.Tokens[conjunction].Start)
        {
            return null;
        }

        if (ContentSpans.After(t, cueEnd, entry.Frame) is not { } right)
        {
            return null;
        }

        var main = found[^1];
        var attribution = new Attribution { Confidence = 0.7 };
        attribution.Parts.Add(right.Span);
        (attribution.Source, attribution.SourceTokens, attribution.Form) = (main.Source, main.SourceTokens, main.Form);
        return attribution;
    }
}
