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
        if (conjunction < 0 || !IsCoordinatedCue(t, conjunction) || ContentSpans.After(t, cueEnd, entry.Frame) is not { } right)
        {
            return null;
        }

        if (LastInSentence(t, found, i) is not { Source: not null } main)
        {
            // "Tomasz Wrona dismissed the comments and said Warsaw would not be intimidated": the first verb
            // reports nothing, but its subject is the speaker of the cue joined to it.
            return SentenceSubject(t, conjunction) is { } subject ? Make(t, right.Span, subject, trailing: false, confidence: 0.6) : null;
        }

        if (main.Content.End > t.Tokens[conjunction].Start)
        {
            return null;
        }

        var attribution = new Attribution { Confidence = 0.7 };
        attribution.Parts.Add(right.Span);
        attribution.ShareSource(main);
        return attribution;
    }

    // The named subject opening the sentence, read before its first verb: the first lower-case word that
    // is no speaker word ("Poland's foreign ministry spokesman, Tomasz Wrona, dismissed ...").
    private static SpeakerPhrase? SentenceSubject(QuoteText t, int conjunction)
    {
        var start = t.SentenceAt(conjunction).FirstToken;
        for (var v = start + 1; v < conjunction; v++)
        {
            if (t.IsLowerWord(v) && t.ClassOf(v) == WordClass.None)
            {
                return t.Word(v).EndsWith("ed", StringComparison.Ordinal) && SpeakerPhrases.Before(t, v, start) is { Form: SourceForm.Name } named
                    ? named : null;
            }
        }

        return null;
    }
}
