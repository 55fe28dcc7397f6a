namespace Sitrep.Events;

/// <summary>
/// The noun phrase a statement predicate has for its subject, read backwards from the predicate:
/// auxiliaries, adverbs (also any lower-case "-ly" word) and time phrases are skipped ("has once again outright rejected", "on Wednesday
/// dismissed"), so is an apposition between commas ("Pakistan, a key ally, has refused"); the phrase then
/// runs back to the clause boundary. A pronoun subject of a reported clause stands for the subject of the
/// reporting verb ("Iraq said it would allow"); a relative pronoun ("that threatens") names no one.
/// </summary>
internal static class StatementSubject
{
    private const int MaxPhrase = 12;

    private static readonly HashSet<string> Skipped =
    [
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "also", "again", "once", "repeatedly", "strongly",
        "publicly", "sharply", "then", "later", "formally", "reportedly", "finally", "today", "yesterday", "tonight", "routinely",
        "outright", "flatly", "already", "now", "still", "here", "officially", "unilaterally", "jointly", "recently", "firmly",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "last", "this", "week", "month",
        "night", "immediately", "just", "further", "previously", "allegedly", "not", "did", "does", "do",
    ];

    private static readonly HashSet<string> Boundaries =
    [
        ",", ";", ":", "—", "–", "-", "\"", "“", "”", "that", "which", "who", "whom", "when", "after", "before", "as", "while", "because", "since",
        "if", "but", "where", "although", "though", "despite", "following", "meanwhile", "however", "to", "saying", "said", "says",
        "by", "against", "over", "into",
    ];

    private static readonly HashSet<string> RelativePronouns = ["that", "which", "who", "whom", "whose"];

    private static readonly HashSet<string> Pronouns = ["he", "she", "it", "they", "we", "i"];

    /// <summary>Reporting verbs whose subject a pronoun of the reported clause stands for.</summary>
    public static readonly HashSet<string> ReportingVerbs =
    [
        "said", "says", "told", "added", "stated", "announced", "announces", "declared", "declares", "reiterated", "concluded",
        "stressed", "insisted", "confirmed", "indicated", "claimed", "claims", "reminder", "explained", "wrote",
    ];

    /// <summary>The subject phrase of the predicate at <paramref name="predicate"/>: first and last token, or null.</summary>
    public static (int First, int Last)? Of(Words w, int sentenceStart, int predicate)
    {
        var k = SkipBack(w, sentenceStart, predicate - 1);
        if (k < sentenceStart || RelativePronouns.Contains(w.Lower[k]))
        {
            return null;
        }

        // "Orlov said ... and accused Kyiv": a predicate joined by "and" shares the subject before it.
        if (w.Lower[k] is "and" or ",")
        {
            for (var v = k - 1; v > sentenceStart; v--)
            {
                if (ReportingVerbs.Contains(w.Lower[v]) || StatementLexicon.Instance.Predicates.TryMatch(w.Lower, v, predicate, out _, out _))
                {
                    return Of(w, sentenceStart, v);
                }
            }

            return null;
        }

        if (Boundaries.Contains(w.Lower[k]))
        {
            return null;
        }

        var first = k;
        while (first - 1 >= sentenceStart && k - first < MaxPhrase && !Boundaries.Contains(w.Lower[first - 1])
            && !ReportingVerbs.Contains(w.Lower[first - 1]) && !IsPredicate(w, first - 1, predicate))
        {
            first--;
        }

        // "announced Wednesday it would": a time word between the reporting verb and the pronoun is no subject.
        var lead = first;
        while (lead < k && Skipped.Contains(w.Lower[lead]))
        {
            lead++;
        }

        if (lead == k && Pronouns.Contains(w.Lower[k]) && ReportedBy(w, sentenceStart, k) is { } reporter)
        {
            return Of(w, sentenceStart, reporter) ?? (k, k);
        }

        // "Italy announced a suspension of flights": a nominal act right after a reporting verb is its subject's.
        if (first == k && w.Lower[k] is "a" or "an" or "the" && first - 1 >= sentenceStart && ReportingVerbs.Contains(w.Lower[first - 1]))
        {
            return Of(w, sentenceStart, first - 1);
        }

        return (first, k);
    }

    /// <summary>The reporting verb before a reported clause starting near <paramref name="k"/> ("said [that] it").</summary>
    public static int? ReportedBy(Words w, int sentenceStart, int k)
    {
        for (var v = k - 1; v >= Math.Max(sentenceStart, k - 8); v--)
        {
            if (ReportingVerbs.Contains(w.Lower[v]))
            {
                return v;
            }
        }

        return null;
    }

    // Back over auxiliaries, adverbs, time phrases and a comma-bounded apposition.
    private static int SkipBack(Words w, int sentenceStart, int k)
    {
        while (k >= sentenceStart)
        {
            if (Skipped.Contains(w.Lower[k]) || w.Lower[k] == "n't" || (w.Lower[k].Length > 4 && w.Lower[k].EndsWith("ly", StringComparison.Ordinal) && !w.IsCapitalized(k)))
            {
                k--;
            }
            else if (w.Lower[k] == "," && Apposition(w, sentenceStart, k) is { } before)
            {
                k = before;
            }
            else if (w.Lower[k] == ")" && Opening(w, sentenceStart, k) is { } opening && opening > sentenceStart)
            {
                k = opening - 1; // "The Union of Teachers (UT) announced": the name before the brackets
            }
            else
            {
                return k;
            }
        }

        return k;
    }

    // ", a key U.S. ally in the war against terrorism ," before the predicate: the token before its opening comma.
    private static int? Apposition(Words w, int sentenceStart, int closing)
    {
        for (var c = closing - 1; c > sentenceStart && closing - c <= MaxPhrase; c--)
        {
            if (w.Lower[c] is ";" or "\"" or "“" or "”")
            {
                return null;
            }

            if (w.Lower[c] == ",")
            {
                return c - 1;
            }
        }

        return null;
    }

    private static int? Opening(Words w, int sentenceStart, int closing)
    {
        for (var c = closing - 1; c >= sentenceStart && closing - c <= MaxPhrase; c--)
        {
            if (w.Lower[c] == "(")
            {
                return c;
            }
        }

        return null;
    }

    private static bool IsPredicate(Words w, int k, int predicate) =>
        StatementLexicon.Instance.Predicates.TryMatch(w.Lower, k, predicate, out var length, out var p) && length > 0 && p.Kind == PredicateKind.Category;
}
