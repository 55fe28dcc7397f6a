namespace Sitrep.Events;

/// <summary>
/// A statement's PLOVER category and mode from its predicate and the act it concerns. A promise of a
/// cooperative act is AGREE ("will release the hostages"), of a conflictual one THREATEN ("will extend the
/// curfew"); a threat, demand or rejection takes its mode from its act (THREATEN violence for "threatened
/// to shell", REQUEST yield for "urged them to release"); a decision or a reported act is the act's own
/// category ("decided to allow", "expelled the inspectors").
/// </summary>
internal static class StatementCategory
{
    private static readonly HashSet<string> Cooperative = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"];

    /// <summary>The category and mode, or null when the predicate needs an act it does not have.</summary>
    public static (string Plover, string? Mode)? Of(StatementPredicate predicate, StatementAct? act) => predicate.Kind switch
    {
        PredicateKind.Category or PredicateKind.Oblige => (predicate.Plover!, predicate.Mode ?? ModeFor(predicate.Plover!, act)),
        PredicateKind.Intent => act is null ? ("AGREE", null) : Promise(act),
        PredicateKind.Future => act is null ? null : Promise(act),
        PredicateKind.Warn => act is null || Cooperative.Contains(act.Plover) ? null : ("THREATEN", ModeFor("THREATEN", act)),
        PredicateKind.Decide => act is null || act.Plover == "ASSAULT" ? null : (act.Plover, act.Mode),
        _ => null,
    };

    /// <summary>A reported act heads its own statement, except violence, which the violence reader codes.</summary>
    public static (string Plover, string? Mode)? Reported(StatementAct act) =>
        act.Plover == "ASSAULT" ? null : (act.Plover, act.Mode);

    private static (string, string?) Promise(StatementAct act) =>
        Cooperative.Contains(act.Plover) ? ("AGREE", null) : ("THREATEN", ModeFor("THREATEN", act));

    private static string? ModeFor(string plover, StatementAct? act) => (plover, act?.Plover) switch
    {
        (_, null) => null,
        ("THREATEN", "ASSAULT" or "MOBILIZE") => "violence",
        ("THREATEN", "SANCTION") => act!.Mode == "expel" ? "expel" : "relations",
        ("THREATEN", "COERCE") => act!.Mode == "ban" ? "ban" : "restrict",
        ("THREATEN", "PROTEST") => "relations",
        ("REQUEST" or "REJECT", "AID" or "COOPERATE" or "SUPPORT") => "assist",
        ("REQUEST" or "REJECT", "CONCEDE") => "change",
        ("REQUEST" or "REJECT", "RETREAT") => "yield",
        ("REQUEST" or "REJECT", "CONSULT" or "AGREE") => "meet",
        _ => null,
    };
}
