namespace Sitrep.Events;

/// <summary>
/// Finds the act a statement is about: a verb of <c>events-statement-acts.txt</c> in any inflection
/// ("released", "releasing", "gave"), followed within a few words by one of the objects it needs
/// ("withdrew its troops"). The object decides between acts of one verb: "withdraw troops" retreats,
/// "withdraw inspectors" sanctions.
/// </summary>
internal static class StatementActs
{
    /// <summary>How many words may stand between a verb and its object ("gave the Ivory Coast 5 million dollars of aid").</summary>
    private const int ObjectWindow = 8;

    /// <summary>The act whose verb starts at token <paramref name="i"/>, with the token after its last word.</summary>
    public static (StatementAct Act, int End)? At(Words w, int i, int end)
    {
        foreach (var lemma in Lemmas(w.Lower[i]))
        {
            if (!StatementLexicon.Instance.Acts.TryGetValue(lemma, out var acts))
            {
                continue;
            }

            foreach (var act in acts)
            {
                var after = i + act.Verb.Length;
                if (after > end || !RestMatches(w, i, act.Verb))
                {
                    continue;
                }

                if (act.Objects.Length == 0)
                {
                    return (act, after);
                }

                var window = after + ObjectWindow;
                for (var k = after; k < Math.Min(end, window); k++)
                {
                    if (w.Lower[k] == "," && Apposition(w, k, end) is { } close)
                    {
                        window += close - k + 1;
                        k = close;
                        continue; // "forced the agency, UNHCR, out of the country"
                    }

                    if (w.Lower[k] is "," or ";" or "and" or "but")
                    {
                        break;
                    }

                    if (Array.IndexOf(act.Objects, w.Lower[k]) >= 0)
                    {
                        return (act, k + 1);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The first act in [<paramref name="from"/>, <paramref name="end"/>), at most <paramref name="window"/> words on.</summary>
    public static (StatementAct Act, int Start, int End)? First(Words w, int from, int end, int window)
    {
        for (var k = from; k < Math.Min(end, from + window); k++)
        {
            // The act lies in the predicate's clause: not past a comma, "but", or a reporting verb that
            // starts the next clause ("rejected the claim and said she would meet").
            if (w.Lower[k] is ";" or "." or "but" or "while" || (w.Lower[k] == "," && k > from) || StatementSubject.ReportingVerbs.Contains(w.Lower[k]))
            {
                return null;
            }

            if (At(w, k, end) is { } found)
            {
                return (found.Act, k, found.End);
            }
        }

        return null;
    }

    // The closing comma of a name set off between commas after the object (", UNHCR,", ", Ivan Petrov,"):
    // one to three capitalised words, then a comma.
    private static int? Apposition(Words w, int comma, int end)
    {
        for (var k = comma + 1; k < Math.Min(end, comma + 5); k++)
        {
            if (w.Lower[k] == ",")
            {
                return k > comma + 1 ? k : null;
            }

            if (!w.IsCapitalized(k))
            {
                return null;
            }
        }

        return null;
    }

    // "withdraw" + "troops": later words of a multi-word verb match exactly ("cut off", "hand over").
    private static bool RestMatches(Words w, int i, string[] verb)
    {
        for (var k = 1; k < verb.Length; k++)
        {
            if (w.Lower[i + k] != verb[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Base forms a word may be: itself, an irregular form's base, and regular inflections undone.</summary>
    public static IEnumerable<string> Lemmas(string word)
    {
        yield return word;
        if (StatementLexicon.Instance.IrregularForms.TryGetValue(word, out var irregular))
        {
            yield return irregular;
        }

        foreach (var suffix in (string[])["ing", "ed", "es", "s", "d"])
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                yield return stem;
                if (suffix is "ing" or "ed")
                {
                    yield return stem + "e"; // "releasing", "released" -> "release"
                    if (stem.Length > 2 && stem[^1] == stem[^2])
                    {
                        yield return stem[..^1]; // "stopped" -> "stop"
                    }
                }

                if (suffix == "ed" && stem.EndsWith('i'))
                {
                    yield return stem[..^1] + "y"; // "supplied" -> "supply"
                }
            }
        }
    }
}
