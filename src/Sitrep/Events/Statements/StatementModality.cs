namespace Sitrep.Events;

/// <summary>
/// Whether a statement predicate is asserted. A negation ("did not threaten", "never agreed") or a
/// hypothetical modal or purpose ("could impose", "might expel", "if ... agreed", "so that ... are banned") in its clause before it means no
/// statement was made. Unlike violent events, a promise or plan is a statement ("will release" is AGREE),
/// so "will" and "would" do not block.
/// </summary>
internal static class StatementModality
{
    private const int Window = 6;

    private static readonly HashSet<string> Blocking = ["not", "n't", "never", "no", "cannot", "could", "might", "may", "if", "unless", "whether", "should"];

    private static readonly HashSet<string> ClauseBreaks = [",", ";", ":", "but", "while", "and", "that", "\"", "“", "”", "who", "which"];

    public static bool Blocks(Words w, int clauseStart, int predicate)
    {
        for (var k = predicate - 1; k >= Math.Max(clauseStart, predicate - Window); k--)
        {
            if (ClauseBreaks.Contains(w.Lower[k]))
            {
                return w.Lower[k] == "that" && k > clauseStart && w.Lower[k - 1] == "so"; // "so that": a purpose, not a fact
            }

            if (Blocking.Contains(w.Lower[k]))
            {
                return true;
            }
        }

        return false;
    }
}
