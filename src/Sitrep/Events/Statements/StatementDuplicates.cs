using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Keeps one record per statement. Two verbs of one sentence with the same category and speaker
/// ("urged partners, urging them to ...") are one statement; a headline statement ("minister calls
/// for more air defence") announces the body's statement of the same category, so it is dropped when
/// its speaker is unknown, the same or of the same country ("Ukraine's minister" in the headline); an act the violence reader already coded in the same sentence
/// (a demonstration, an arrest, an agreement) is that event, not a second one.
/// </summary>
internal static class StatementDuplicates
{
    public static List<(string Plover, EventDraftStatement Statement)> Remove(
        IEnumerable<(string Plover, EventDraftStatement Statement)> statements, TextSpan? headline, IReadOnlyList<EventRecord> coded)
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
                && !h.Contains(b.Statement.Verb) && (s.Actors.Count == 0 || SameActors(b.Statement, s) || SameCountries(b.Statement, s)));
            var codedAlready = coded.Any(e => e.Plover == plover && e.Evidence.Any(v => v.Field == "event" && s.Sentence.Overlaps(new TextSpan(v.Start, v.End))));
            if (!sameSentence && !announced && !codedAlready)
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

    private static bool SameCountries(EventDraftStatement a, EventDraftStatement b) =>
        a.ActorCountries.Count > 0 && a.ActorCountries.SequenceEqual(b.ActorCountries);

    private static bool SameActors(EventDraftStatement a, EventDraftStatement b) =>
        a.Actors.Count == b.Actors.Count && a.Actors.TrueForAll(b.Actors.Contains);
}
