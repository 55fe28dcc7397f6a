namespace Sitrep.Corpus.Review;

/// <summary>
/// One analyst action on one event, as stored in the audit trail: who did what to which field, when.
/// Entries are only ever appended.
/// </summary>
public sealed class ReviewEntry
{
    /// <summary>Order of the entry in the trail (assigned by the store).</summary>
    public long Seq { get; set; }
    /// <summary>Document id of the event.</summary>
    public string DocumentId { get; set; } = "";
    /// <summary>Event id within its report.</summary>
    public string EventId { get; set; } = "";
    /// <summary><see cref="ReviewActions.Confirm"/>, <see cref="ReviewActions.Correct"/> or <see cref="ReviewActions.Reject"/>.</summary>
    public string Action { get; set; } = "";
    /// <summary>Corrected field (see <see cref="ReviewFields"/>), for corrections.</summary>
    public string? Field { get; set; }
    /// <summary>The field's value before the correction, as text.</summary>
    public string? OldValue { get; set; }
    /// <summary>The corrected value, as text.</summary>
    public string? NewValue { get; set; }
    /// <summary>Who acted.</summary>
    public string Reviewer { get; set; } = "";
    /// <summary>Free-text reason.</summary>
    public string? Note { get; set; }
    /// <summary>When, in milliseconds since the Unix epoch.</summary>
    public long At { get; set; }
}

/// <summary>The review actions.</summary>
public static class ReviewActions
{
    /// <summary>The event is right as extracted.</summary>
    public const string Confirm = "confirm";
    /// <summary>One field is wrong; <see cref="ReviewEntry.NewValue"/> replaces it.</summary>
    public const string Correct = "correct";
    /// <summary>The event is not a real event; exports leave it out.</summary>
    public const string Reject = "reject";

    /// <summary>Whether <paramref name="action"/> is one of the three.</summary>
    public static bool IsKnown(string? action) => action is Confirm or Correct or Reject;
}
