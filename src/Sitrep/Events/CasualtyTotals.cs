using Sitrep.Reporting;

namespace Sitrep.Events;

/// <summary>
/// Adds up the casualty mentions of one event without counting anyone twice. A running total ("the
/// death toll rose to seven") wins. Otherwise each sentence gives a figure — per victim category, a
/// repeated figure counts once and a figure marked "also"/"another" adds; a figure without category
/// ("five people") is a total that the categories cannot undercut ("four people, including three
/// children" is 4, not 7) — and the event has the largest, plus the sentences that only add.
/// </summary>
internal static class CasualtyTotals
{
    public static Casualties? Total(IReadOnlyList<CasualtyMention> mentions, Outcome outcome)
    {
        var relevant = mentions.Where(m => m.Outcome == outcome).ToList();
        if (relevant.Count == 0)
        {
            return null;
        }

        if (relevant.LastOrDefault(m => m.Total) is { } toll)
        {
            return ToCasualties(toll.Count);
        }

        // Sentences retell one incident (the headline's "kills man", the lead's "killing the driver"): the
        // largest sentence figure stands, and a sentence that only adds ("Their father was also killed") adds.
        Quantity? total = null;
        var added = new Quantity(0, 0, 0);
        foreach (var sentence in relevant.GroupBy(m => m.Sentence))
        {
            var figure = OfSentence([.. sentence]);
            if (sentence.All(m => m.Additive))
            {
                added += figure;
            }
            else
            {
                total = total is { } t ? Quantity.Larger(t, figure) : figure;
            }
        }

        return ToCasualties((total ?? new Quantity(0, 0, 0)) + added);
    }

    // One sentence's figure: its categories added ("a woman and her two sons"), a plain total never undercut.
    private static Quantity OfSentence(List<CasualtyMention> relevant)
    {
        Quantity? categorized = null;
        foreach (var group in relevant.Where(m => m.Category is not null).GroupBy(m => m.Category))
        {
            var count = Combine(group);
            categorized = categorized is { } c ? c + count : count;
        }

        var plain = relevant.Where(m => m.Category is null && !m.Additive).Select(m => m.Count).ToList();
        var additive = relevant.Where(m => m.Category is null && m.Additive).Select(m => m.Count).ToList();
        Quantity? total = categorized;
        foreach (var p in plain)
        {
            total = total is { } t ? Quantity.Larger(t, p) : p;
        }

        foreach (var a in additive)
        {
            total = total is { } t ? t + a : a;
        }

        return total ?? new Quantity(0, 0, 0);
    }

    /// <summary>Killed and injured per stated victim category.</summary>
    public static List<VictimCount> Victims(IReadOnlyList<CasualtyMention> mentions) =>
        [.. mentions.Where(m => m.Category is not null && !m.Total).GroupBy(m => m.Category!.Value).Select(g => new VictimCount(
            g.Key,
            g.Any(m => m.Outcome == Outcome.Killed) ? Combine(g.Where(m => m.Outcome == Outcome.Killed)).Best : null,
            g.Any(m => m.Outcome == Outcome.Injured) ? Combine(g.Where(m => m.Outcome == Outcome.Injured)).Best : null))];

    // Within one category: the largest plain figure, plus every additive one.
    private static Quantity Combine(IEnumerable<CasualtyMention> group)
    {
        Quantity? plain = null;
        var added = new Quantity(0, 0, 0);
        foreach (var m in group)
        {
            if (m.Additive)
            {
                added += m.Count;
            }
            else
            {
                plain = plain is { } p ? Quantity.Larger(p, m.Count) : m.Count;
            }
        }

        return (plain ?? new Quantity(0, 0, 0)) + added;
    }

    private static Casualties ToCasualties(Quantity q) => new(q.Min, q.Best, q.Max);
}
