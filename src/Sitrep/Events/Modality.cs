namespace Sitrep.Events;

/// <summary>
/// Decides whether a trigger reports something that happened. A negation, modal, conditional,
/// future or generic cue ("could", "if", "not", "preparing to", "each such") in the same clause
/// before the trigger makes it not an event.
/// </summary>
internal static class Modality
{
    /// <summary>How far back a cue may stand from its trigger.</summary>
    private const int Window = 8;

    public static bool Blocks(Words w, int sentenceStart, int trigger)
    {
        // "its next offensive", "a future strike": an attack still to come, whatever the clause says before.
        if (trigger > sentenceStart && w.Lower[trigger - 1] is "next" or "future" or "upcoming" or "coming" or "planned" or "expected")
        {
            return true;
        }

        var from = Math.Max(sentenceStart, trigger - Window);
        for (var k = trigger - 1; k >= from; k--)
        {
            var word = w.Lower[k];
            if (word is ";" or ":" or "but" or "while" or "after" or "as" or "when" or "\"" or "“" or "”")
            {
                return false;
            }

            if (EventLexicon.Instance.Modality.TryMatch(w.Lower, k, trigger, out _, out _))
            {
                return true;
            }
        }

        return false;
    }
}
