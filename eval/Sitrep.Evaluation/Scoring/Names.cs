namespace Sitrep.Evaluation.Scoring;

/// <summary>Lenient name comparison for scoring: case-insensitive, and a surname match is enough.</summary>
public static class Names
{
    /// <summary>True when the two names plausibly name the same person or thing.</summary>
    public static bool Same(string? gold, string? predicted)
    {
        if (string.IsNullOrWhiteSpace(gold) || string.IsNullOrWhiteSpace(predicted))
        {
            return false;
        }

        var a = Normalise(gold);
        var b = Normalise(predicted);
        return a == b || Last(a) == Last(b);
    }

    private static string Normalise(string name) =>
        name.Trim().ToLowerInvariant().Replace("the ", "", StringComparison.Ordinal);

    private static string Last(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
}
