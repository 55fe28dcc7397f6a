using Sitrep.Lexicons;

namespace Sitrep.Events;

/// <summary>
/// A sentence that retracts an earlier report ("Information about a strike on a school has not been
/// confirmed", "Correction: earlier we reported that this man had been killed"): what it tells did not
/// happen, so it gives no event and no casualty figure. "Not independently confirmed" is a claim not yet
/// verified, not a retraction.
/// </summary>
internal static class Retraction
{
    private static readonly PhraseTable<bool> Phrases =
        new(LexiconResource.ReadLines("events-retraction.txt").Select(line => (line, true)));

    public static bool In(Words w, int start, int end)
    {
        var retracts = false;
        for (var i = start; i < end; i++)
        {
            if (w.Lower[i] is "independently" or "independent")
            {
                return false;
            }

            retracts |= Phrases.TryMatch(w.Lower, i, end, out _, out _);
        }

        return retracts;
    }
}
