using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Keeps one record per statement. Two verbs of one sentence with the same category and speaker
/// ("urged partners, urging them to ...") are one statement; a headline statement ("minister calls
/// for more air defence") announces the body's statement of the same category, so it is dropped when
/// its speaker is unknown or the same.
/// </summary>
internal static class StatementDuplicates
{
    public static List<(string Plover, EventDraftStatement Statement)> Remove(
        IEnumerable<(string Plover, EventDraftStatement Statement)> statements, TextSpan? headline)
    {
        var all = statements.ToList();
        var kept = new List<(string Plover, EventDraftStatement Statement)>();
        // Kept statements by category and sentence: comparing with every kept one was quadratic in long texts.
        var keptIn = new Dictionary<(string, TextSpan), List<EventDraftStatement>>();
        foreach (var candidate in all)
        {
            var (plover, s) = candidate;
            var sameSentence = keptIn.TryGetValue((plover, s.Sentence), out var near) && near.Exists(k => SameActors(k, s));
            var announced = headline is { } h && h.Contains(s.Verb) && all.Exists(b => b.Plover == plover
                && !h.Contains(b.Statement.Verb) && (s.Actors.Count == 0 || SameActors(b.Statement, s)));
            if (!sameSentence && !announced)
            {
                kept.Add(candidate);
                if (near is null)
                {
                    keptIn[(plover, s.Sentence)] = near = [];
                }

                near.Add(s);
            }
        }

        return kept;
    }

    private static bool SameActors(EventDraftStatement a, EventDraftStatement b) =>
        a.Actors.Count == b.Actors.Count && a.Actors.TrueForAll(b.Actors.Contains);
}
