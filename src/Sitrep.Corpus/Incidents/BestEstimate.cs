namespace Sitrep.Corpus.Incidents;

/// <summary>
/// The best-estimate rule for an incident's figures. Death and injury tolls rise as rubble is cleared and
/// hospitals report, and later reports revise earlier ones, so the best estimate is the figure of the most
/// recently published source that states one; when several sources share that latest date and disagree,
/// the lowest of them (ACLED's conservative convention). <c>Max</c> is the highest figure any source gave.
/// A conflict is flagged whenever sources state different best figures.
/// </summary>
/// <param name="Best">Best estimate, or null when no source states a figure.</param>
/// <param name="Max">Highest figure any source gave.</param>
/// <param name="Conflict">Whether sources disagree.</param>
public sealed record BestEstimate(int? Best, int? Max, bool Conflict)
{
    /// <summary>Applies the rule to <paramref name="figures"/>, ordered by publication date (oldest first).</summary>
    public static BestEstimate Of(IReadOnlyList<SourceFigures> figures, Func<SourceFigures, int?> value, IEnumerable<int?> highs)
    {
        var stated = figures.Where(f => value(f) is not null).ToList();
        if (stated.Count == 0)
        {
            return new BestEstimate(null, null, false);
        }

        var latest = stated[^1].Published;
        var best = stated.Where(f => f.Published == latest).Min(value);
        var max = Math.Max(stated.Max(value)!.Value, highs.Max() ?? 0);
        var conflict = stated.Select(value).Distinct().Count() > 1;
        return new BestEstimate(best, max, conflict);
    }
}
