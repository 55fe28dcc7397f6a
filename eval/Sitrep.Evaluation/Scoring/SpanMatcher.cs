using Sitrep.Text;

namespace Sitrep.Evaluation.Scoring;

/// <summary>
/// The overlap rule shared by every span evaluation: a gold span is found when a prediction covers
/// at least 80% of it and at least half of the prediction lies inside it. Matching is one-to-one,
/// best overlap first, so one long prediction cannot claim several gold spans.
/// </summary>
public static class SpanMatcher
{
    /// <summary>Share of the gold span a prediction must cover.</summary>
    public const double GoldCoverage = 0.8;

    /// <summary>Share of the prediction that must lie inside the gold span.</summary>
    public const double PredictionInside = 0.5;

    /// <summary>True when <paramref name="predicted"/> finds <paramref name="gold"/> under the overlap rule.</summary>
    public static bool Finds(TextSpan gold, TextSpan predicted)
    {
        var overlap = gold.OverlapLength(predicted);
        return overlap > 0
            && overlap >= GoldCoverage * gold.Length
            && overlap >= PredictionInside * predicted.Length;
    }

    /// <summary>
    /// Pairs gold and predicted items one-to-one. <paramref name="found"/> says whether a prediction
    /// finds a gold item; among candidates the larger overlap wins, ties go to the earlier item.
    /// </summary>
    public static IReadOnlyList<(int Gold, int Predicted)> Match(
        IReadOnlyList<TextSpan> gold, IReadOnlyList<TextSpan> predicted, Func<int, int, bool>? found = null)
    {
        found ??= (g, p) => Finds(gold[g], predicted[p]);
        var candidates = new List<(int Gold, int Predicted, int Overlap)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (found(g, p))
                {
                    candidates.Add((g, p, gold[g].OverlapLength(predicted[p])));
                }
            }
        }

        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (g, p, _) in candidates.OrderByDescending(c => c.Overlap).ThenBy(c => c.Gold).ThenBy(c => c.Predicted))
        {
            if (usedGold.Add(g))
            {
                if (usedPredicted.Add(p))
                {
                    pairs.Add((g, p));
                }
                else
                {
                    usedGold.Remove(g);
                }
            }
        }

        return pairs;
    }
}
