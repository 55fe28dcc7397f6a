namespace Sitrep.Reporting;

/// <summary>
/// The PLOVER modes Sitrep writes in <see cref="EventRecord.Mode"/>, per category (after the PLOVER
/// manual's mode lists, openeventdata/PLOVER, CC BY-SA 4.0). A mode says how an event was carried out.
/// </summary>
public static class PloverModes
{
    /// <summary>Modes by PLOVER category.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> ByCategory { get; } = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["CONSULT"] = new HashSet<string>(StringComparer.Ordinal) { "phone", "visit", "host", "third-party", "multilateral" },
        ["REQUEST"] = new HashSet<string>(StringComparer.Ordinal) { "assist", "change", "yield", "meet" },
        ["REJECT"] = new HashSet<string>(StringComparer.Ordinal) { "assist", "change", "yield", "meet" },
        ["ACCUSE"] = new HashSet<string>(StringComparer.Ordinal) { "disapprove", "investigate", "allege" },
        ["THREATEN"] = new HashSet<string>(StringComparer.Ordinal) { "violence", "restrict", "ban", "relations", "expel", "territory" },
        ["RETREAT"] = new HashSet<string>(StringComparer.Ordinal) { "release", "return", "ease", "access", "disarm", "ceasefire", "withdraw" },
        ["SANCTION"] = new HashSet<string>(StringComparer.Ordinal) { "withdraw", "discontinue", "expel" },
        ["COERCE"] = new HashSet<string>(StringComparer.Ordinal) { "confiscate", "restrict", "ban", "curfew", "martial-law", "arrest", "deport" },
        ["MOBILIZE"] = new HashSet<string>(StringComparer.Ordinal) { "troops", "police", "weapons" },
        ["PROTEST"] = new HashSet<string>(StringComparer.Ordinal) { "demo", "hunger", "boycott", "obstruct", "riot" },
        ["AID"] = new HashSet<string>(StringComparer.Ordinal) { "asylum" },
    };

    /// <summary>Whether <paramref name="mode"/> is a mode of <paramref name="category"/>.</summary>
    public static bool IsModeOf(string? category, string mode) =>
        category is not null && ByCategory.TryGetValue(category, out var modes) && modes.Contains(mode);
}
