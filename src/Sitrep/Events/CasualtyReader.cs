using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Finds casualty statements in a run of tokens: a count before a casualty word ("six people were
/// injured", "one killed"), after it ("killing five people", "killed three young children"), a bare
/// victim noun ("their father was also killed" = 1) and running totals ("the death toll rose to seven").
/// </summary>
internal static class CasualtyReader
{
    private static readonly HashSet<string> Auxiliaries =
        ["was", "were", "is", "are", "been", "be", "have", "has", "had", "also", "reportedly", "later", "all", "being", "got", "left", "found", "confirmed", "declared", "seriously", "critically", "fatally", "badly", "slightly", "lightly", "initially",
         "були", "було", "був", "була", "были", "был", "была", "было", "також", "также", "ще", "ещё", "еще", "тяжко", "важко", "смертельно", "легко", "тяжело"];

    private static readonly HashSet<string> Determiners = ["a", "an", "the", "their", "his", "her", "its", "one", "another", "this", "that", "our", "my"];

    private static readonly HashSet<string> AdditiveCues = ["also", "another", "more", "other", "others", "further", "additional", "too", "ще", "ещё", "еще", "також", "также"];

    private static readonly HashSet<string> SubsetCues = ["including", "among", "of", "included"];

    public static List<CasualtyMention> Read(Words w, int start, int end)
    {
        var found = new List<CasualtyMention>();
        var lexicon = EventLexicon.Instance;
        for (var i = start; i < end; i++)
        {
            if (!lexicon.Casualties.TryMatch(w.Lower, i, end, out var length, out var kind) && !ZeroStatement(w, i, end, out length, out kind))
            {
                continue;
            }

            if (kind.StartsWith("zero", StringComparison.Ordinal))
            {
                // "there were no casualties": none killed and none injured, where the text says so.
                var span = w.Span(i, i + length - 1);
                if (kind != "zero-injured")
                {
                    found.Add(new CasualtyMention(Outcome.Killed, Quantity.Exact(0), null, false, false, false, span));
                }

                if (kind != "zero-killed")
                {
                    found.Add(new CasualtyMention(Outcome.Injured, Quantity.Exact(0), null, false, false, false, span));
                }

                i += length - 1;
                continue;
            }

            var toll = kind.StartsWith("toll", StringComparison.Ordinal);
            var mention = toll
                ? Toll(w, i + length, end, kind == "toll-injured" ? Outcome.Injured : Outcome.Killed)
                : Forward(w, i, i + length, start, end, kind) ?? Backward(w, i, i + length, start, kind);
            if (mention is not null)
            {
                found.Add(mention);
                found.AddRange(toll ? [] : Conjoined(w, mention, i, i + length, start, end));
            }

            i += length - 1;
        }

        return [.. found.Select(m => m with { Sentence = start })];
    }

    private static readonly HashSet<string> ZeroAuxiliaries = ["was", "were", "had", "has", "have", "been", "is", "are", "reported", "reportedly", "believed", "immediately"];

    // "no one had been hurt", "nobody was reported wounded", "the crew was not injured", "both men escaped unharmed": a
    // statement that nobody was harmed, however the clause is built ("hurt" and "harmed" rule out deaths too; "injured"
    // and "wounded" only injuries). "Nobody was seriously injured" says nothing of the lightly injured, so it is none.
    private static bool ZeroStatement(Words w, int i, int end, out int length, out string kind)
    {
        (length, kind) = (0, "");
        var k = i;
        if (w.Is(k, "no") && w.Is(k + 1, "one"))
        {
            k += 2;
        }
        else if (w.Is(k, "nobody") || w.Is(k, "no-one"))
        {
            k++;
        }
        else if ((w.Is(k, "was") || w.Is(k, "were")) && w.Is(k + 1, "not"))
        {
            k += 2;
        }
        else if (w.Is(k, "escaped") || w.Is(k, "was") || w.Is(k, "were"))
        {
            if (k + 1 < end && w.Lower[k + 1] is "unharmed" or "unhurt" or "uninjured" || (w.Is(k, "escaped") && w.Is(k + 1, "injury")))
            {
                (length, kind) = (2, "zero");
                return true;
            }

            return false;
        }
        else
        {
            return false;
        }

        var negated = w.Is(k - 1, "not");
        while (!negated && k < end && ZeroAuxiliaries.Contains(w.Lower[k]))
        {
            k++;
        }

        if (k >= end)
        {
            return false;
        }

        kind = w.Lower[k] switch
        {
            "hurt" or "harmed" => "zero",
            "injured" or "wounded" => "zero-injured",
            "killed" when !negated => "zero-killed",
            "died" when !negated && k == i + (w.Is(i, "no") ? 2 : 1) => "zero-killed",
            _ => "",
        };
        length = k - i + 1;
        return kind.Length > 0;
    }

    private static Outcome OutcomeOf(string kind) => kind == "killed" ? Outcome.Killed : Outcome.Injured;

    // "the death toll rose to seven", "bringing the toll to 12", "the toll stands at 7", "the death toll
    // from Monday's strike on Sumy has risen to four", "the number of injured rose to 44": the figure
    // may follow a named attack, within the clause.
    private const int TollReach = 12;

    private static CasualtyMention? Toll(Words w, int i, int end, Outcome outcome)
    {
        for (var k = i; k < Math.Min(end, i + TollReach); k++)
        {
            if ((w.Is(k, "to") || w.Is(k, "at") || w.Is(k, "reached") || w.Is(k, "hit") || w.Is(k, "до") || w.Is(k, "становить") || w.Is(k, "составляет") || w.Is(k, "составило")) && QuantityReader.TryRead(w, k + 1, end, out var q, out var next))
            {
                return new CasualtyMention(outcome, q, null, false, false, true, w.Span(i - 1, next - 1));
            }

            if (w.Lower[k] is "," or ";" or ":" or "." or "(")
            {
                break;
            }
        }

        return null;
    }

    // "killing five people", "killed three young children", "wounding at least 12"
    private static CasualtyMention? Forward(Words w, int verb, int i, int start, int end, string kind)
    {
        if (w.Lower[verb] is "dead" or "died" or "dies" or "hurt" || i >= end)
        {
            return null;
        }

        return NounPhrase(w, i, end, out var count, out var category, out var last)
            ? new CasualtyMention(OutcomeOf(kind), count, category, HasCue(w, start, verb, i, AdditiveCues), HasCue(w, start, verb, verb, SubsetCues), false, w.Span(verb, last))
            : null;
    }

    // "six people were injured", "one killed", "their father was also killed", "a 45-year-old man died"
    private static CasualtyMention? Backward(Words w, int verb, int after, int start, string kind)
    {
        var k = verb - 1;
        var additive = false;
        var among = false;

        // "two children were among the dead": a detail of a total, not more victims.
        if (k - 1 >= start && w.Lower[k] is "the" or "those" && w.Is(k - 1, "among"))
        {
            (k, among) = (k - 2, true);
        }

        while (k >= start && (Auxiliaries.Contains(w.Lower[k]) || w.Lower[k] == "and" && k == verb - 1))
        {
            additive |= AdditiveCues.Contains(w.Lower[k]);
            k--;
        }

        // Scan left for the start of the noun phrase ending at k, at most five tokens back.
        for (var first = Math.Max(start, k - 5); first <= k; first++)
        {
            if (NounPhrase(w, first, k + 1, out var count, out var category, out var last) && last == k)
            {
                additive |= HasCue(w, start, first, k, AdditiveCues);
                var subset = among || (first > start && SubsetCues.Contains(w.Lower[first - 1]));
                return new CasualtyMention(OutcomeOf(kind), count, category, additive, subset, false, w.Span(first, after - 1));
            }
        }

        return null;
    }

    /// <summary>
    /// The other people of a coordinated phrase, each added to the first: "killing a woman and her two
    /// sons" (1 + 2), "a man and his wife were injured" (1 + 1), "three port workers and a truck driver".
    /// </summary>
    private static List<CasualtyMention> Conjoined(Words w, CasualtyMention first, int verb, int afterVerb, int start, int end)
    {
        var more = new List<CasualtyMention>();
        var forward = first.Span.Start == w.Tokens[verb].Start;
        if (forward)
        {
            var k = TokenAt(w, first.Span.End, afterVerb, end) + 1;
            while (k + 1 < end && (w.Is(k, "and") || (w.Is(k, ",") && !w.Is(k + 1, "and"))) && NounPhrase(w, k + 1, end, out var count, out var category, out var last))
            {
                more.Add(first with { Count = count, Category = category, Additive = true, Span = w.Span(k + 1, last) });
                k = last + 1;
                k += w.Is(k, ",") && w.Is(k + 1, "and") ? 1 : 0;
            }

            return more;
        }

        // Backward: the phrase ends just before the verb; earlier conjuncts stand left of it ("A, B and C were killed").
        var phraseStart = TokenAt(w, first.Span.Start, start, verb);
        var j = phraseStart - 1;
        while (j - 1 >= start && (w.Is(j, "and") || w.Is(j, ",")))
        {
            var found = false;
            for (var from = Math.Max(start, j - 6); from < j; from++)
            {
                if (NounPhrase(w, from, j, out var count, out var category, out var last) && last == j - 1)
                {
                    more.Add(first with { Count = count, Category = category, Additive = true, Span = w.Span(from, last) });
                    j = from - 1;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                break;
            }
        }

        return more;
    }

    private static int TokenAt(Words w, int offset, int from, int to)
    {
        var k = from;
        while (k < to && w.Tokens[k].End < offset)
        {
            k++;
        }

        return k;
    }

    /// <summary>[qualifier] number [adjectives] [victim noun], or a determiner and a singular victim noun.</summary>
    private static bool NounPhrase(Words w, int i, int end, out Quantity count, out Reporting.VictimCategory? category, out int last)
    {
        (count, category, last) = (default, null, i);
        var hasNumber = QuantityReader.TryRead(w, i, end, out count, out var k);
        var determiner = !hasNumber && i < end && Determiners.Contains(w.Lower[i]);

        // Ukrainian and Russian have no articles: a bare singular noun is one person ("загинув чоловік").
        var bare = !hasNumber && !determiner && i < end && Places.CyrillicInflection.IsCyrillic(w.Lower[i]);
        if (determiner)
        {
            k = i + 1;

            // "her two sons", "their three children": a possessive before the count.
            if (w.Lower[i] is "her" or "his" or "their" or "our" or "my" or "the" && QuantityReader.TryRead(w, k, end, out count, out var afterCount))
            {
                (hasNumber, determiner, k) = (true, false, afterCount);
            }
        }

        // Adjectives: up to three plain words or "45-year-old" before the noun.
        for (var skip = 0; skip <= 3 && k + skip < end; skip++)
        {
            if (EventLexicon.Instance.Victims.TryMatch(w.Lower, k + skip, end, out var length, out var noun))
            {
                // "an elderly man": a victim word that cannot head this phrase may be an adjective of the next.
                if (!hasNumber && !((determiner || bare) && noun.Singular))
                {
                    continue;
                }

                count = hasNumber ? count : Quantity.Exact(1);
                (category, last) = (noun.Category, k + skip + length - 1);
                return true;
            }

            var t = w.Tokens[k + skip];
            if (t.Kind is not (TokenKind.Word or TokenKind.Number) || w.Lower[k + skip] is "and" or "or" or "in" or "were" or "was")
            {
                break;
            }
        }

        // A bare count: "and one killed", "killing 12".
        if (hasNumber)
        {
            last = k - 1;
            return true;
        }

        return false;
    }

    private static bool HasCue(Words w, int start, int from, int to, HashSet<string> cues)
    {
        for (var k = Math.Max(start, from - 2); k < to + 1 && k < w.Lower.Count; k++)
        {
            if (cues.Contains(w.Lower[k]) && !(w.Lower[k] == "more" && w.Is(k + 1, "than")))
            {
                return true;
            }
        }

        return false;
    }
}
