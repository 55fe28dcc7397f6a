using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Evaluation.Polnear;

/// <summary>
/// What the gold does not say and the scorer must decide: a content's kind by the DESIGN.md rule, a
/// source's form, whether a cue is a speech cue, and the normalised text for exact matching.
/// </summary>
public static class PolnearLabels
{
    // Common reporting verbs (the idea of the GenderGapTracker list, written here by hand) plus "according to".
    private static readonly HashSet<string> SpeechWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "according", "add", "adds", "added", "adding",
        "write", "writes", "wrote", "writing", "ask", "asks", "asked", "asking", "note", "notes", "noted", "noting",
        "claim", "claims", "claimed", "claiming", "state", "states", "stated", "explain", "explains", "explained",
        "argue", "argues", "argued", "arguing", "insist", "insists", "insisted", "warn", "warns", "warned", "warning",
        "announce", "announced", "announces", "declare", "declared", "declares", "tweet", "tweeted", "tweets",
        "reply", "replied", "respond", "responded", "suggest", "suggested", "suggests", "acknowledge", "acknowledged",
        "admit", "admitted", "deny", "denied", "denies", "urge", "urged", "urges", "accuse", "accused", "accuses",
        "report", "reported", "reports", "recall", "recalled", "confirm", "confirmed", "continue", "continued",
        "agree", "agreed", "stress", "stressed", "emphasize", "emphasized", "predict", "predicted", "promise", "promised",
        "pledge", "pledged", "vow", "vowed", "call", "called", "describe", "described", "complain", "complained",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "we", "i", "it", "you", "his", "her", "him", "them", "who", "which", "that",
    };

    /// <summary>Form of a gold or predicted source: name, pronoun, nominal or none.</summary>
    public static string SourceType(string text, IReadOnlyList<TextSpan> source)
    {
        if (source.Count == 0)
        {
            return "none";
        }

        var words = string.Join(' ', source.Select(s => s.Of(text))).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && Pronouns.Contains(words[0]))
        {
            return "pronoun";
        }

        return words.Any(w => w.Length > 0 && char.IsUpper(w[0]) && !w.Equals("The", StringComparison.Ordinal) && !w.Equals("A", StringComparison.Ordinal))
            ? "name" : "nominal";
    }

    /// <summary>True when a cue holds a common reporting verb or "according to".</summary>
    public static bool IsSpeech(string text, IEnumerable<TextSpan> cue) =>
        cue.SelectMany(c => c.Of(text).Split([' ', '\n', ':', ','], StringSplitOptions.RemoveEmptyEntries)).Any(SpeechWords.Contains);

    /// <summary>
    /// For each character: true when it lies inside double quotation marks or is one. Marks toggle the
    /// state (“ always opens), which starts closed at every line (a quote running on reopens with a mark on its next line).
    /// </summary>
    public static bool[] QuotedCharacters(string text)
    {
        var quoted = new bool[text.Length];
        var inside = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                inside = false;
            }
            else if (c is '“' or '”' or '"' || (c == '\'' && i + 1 < text.Length && text[i + 1] == '\''))
            {
                if (c == '\'')
                {
                    quoted[i++] = true; // '' used as a double mark
                    c = '"';
                }

                inside = c == '“' || !inside; // a closing-looking mark where none is open opens one
                quoted[i] = true;
                continue;
            }

            quoted[i] = inside;
        }

        return quoted;
    }

    /// <summary>
    /// DESIGN.md rule: direct when every piece lies wholly inside quotation marks (a leading "that" and
    /// trailing punctuation aside); mixed when some of it does; else indirect.
    /// </summary>
    public static QuoteKind KindOf(string text, bool[] quoted, IReadOnlyList<TextSpan> pieces)
    {
        var all = pieces.Count > 0;
        var some = false;
        foreach (var piece in pieces)
        {
            var start = piece.Start;
            var end = piece.End;
            if (text.AsSpan(start, piece.Length).StartsWith("that ", StringComparison.OrdinalIgnoreCase))
            {
                start += 5; // a complementizer is not content ("that “...”")
            }

            for (var i = start; i < end; i++)
            {
                if (char.IsWhiteSpace(text[i]) || text[i] is ',' or '.' or ';' or ':')
                {
                    continue;
                }

                all &= quoted[i];
                some |= quoted[i];
            }
        }

        return all && some ? QuoteKind.Direct : some ? QuoteKind.Mixed : QuoteKind.Indirect;
    }

    /// <summary>Text for exact matching: outer spaces, quotation marks, trailing punctuation and a leading "that" removed.</summary>
    public static string Normalise(string text, TextSpan hull)
    {
        var s = hull.Of(text).Trim();
        string previous;
        do
        {
            previous = s;
            s = s.Trim().Trim('"', '“', '”', '\'', '‘', '’').TrimEnd(',', '.', ';', ':', '!', '?').Trim();
            if (s.StartsWith("that ", StringComparison.OrdinalIgnoreCase))
            {
                s = s[5..];
            }
        }
        while (s != previous);
        return s;
    }

}
