namespace Sitrep.Corpus.Review;

/// <summary>Where one event stands after its review trail: its status and the corrected values by field.</summary>
/// <param name="Status">"confirmed", "corrected" or "rejected": the latest action decides.</param>
/// <param name="Corrections">The latest corrected value of each corrected field.</param>
/// <param name="Trail">Every entry, oldest first.</param>
public sealed record EventReview(string Status, IReadOnlyDictionary<string, string?> Corrections, IReadOnlyList<ReviewEntry> Trail)
{
    /// <summary>Folds each event's trail (entries oldest first) into its review state.</summary>
    public static Dictionary<(string DocumentId, string EventId), EventReview> Fold(IEnumerable<ReviewEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries
            .GroupBy(e => (e.DocumentId, e.EventId))
            .ToDictionary(g => g.Key, g => Of(g.OrderBy(e => e.Seq).ToList()));
    }

    private static EventReview Of(List<ReviewEntry> trail)
    {
        var corrections = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in trail.Where(e => e.Action == ReviewActions.Correct && e.Field is not null))
        {
            corrections[entry.Field!] = entry.NewValue;
        }

        var status = trail[^1].Action switch
        {
            ReviewActions.Reject => "rejected",
            ReviewActions.Correct => "corrected",
            _ => corrections.Count > 0 ? "corrected" : "confirmed",
        };
        return new EventReview(status, corrections, trail);
    }
}
