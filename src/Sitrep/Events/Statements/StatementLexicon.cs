using Sitrep.Lexicons;

namespace Sitrep.Events;

/// <summary>How a statement predicate decides its category.</summary>
internal enum PredicateKind
{
    /// <summary>The predicate names its category ("accused" is ACCUSE).</summary>
    Category,

    /// <summary>A promise or offer: AGREE for a cooperative act, THREATEN for a conflictual one, AGREE without one.</summary>
    Intent,

    /// <summary>A plain future ("will", "is ready to"): like <see cref="Intent"/>, but only with a known act.</summary>
    Future,

    /// <summary>A decision: the category of the act decided.</summary>
    Decide,

    /// <summary>A warning: THREATEN when the speaker warns of its own conflictual act ("warned that it would strike").</summary>
    Warn,

    /// <summary>An obligation in reported speech ("said that Libya must hand over"): REQUEST of the one who must.</summary>
    Oblige,
}

/// <summary>A statement predicate from <c>events-statement-predicates.txt</c>.</summary>
/// <param name="Kind">How it decides its category.</param>
/// <param name="Plover">The category, for <see cref="PredicateKind.Category"/>.</param>
/// <param name="Mode">The mode the predicate itself gives, if any.</param>
internal sealed record StatementPredicate(PredicateKind Kind, string? Plover, string? Mode);

/// <summary>An act from <c>events-statement-acts.txt</c>: a verb, the objects it needs, its category and mode.</summary>
internal sealed record StatementAct(string[] Verb, string[] Objects, string Plover, string? Mode);

/// <summary>The statement reader's data files, loaded once on first use.</summary>
internal sealed class StatementLexicon
{
    private static readonly Lazy<StatementLexicon> Loaded = new(() => new StatementLexicon());

    private StatementLexicon()
    {
        Predicates = new PhraseTable<StatementPredicate>(LexiconResource.ReadRows("events-statement-predicates.txt").Select(r =>
            (r[0], r[1] switch
            {
                "INTENT" => new StatementPredicate(PredicateKind.Intent, null, null),
                "FUTURE" => new StatementPredicate(PredicateKind.Future, null, null),
                "DECIDE" => new StatementPredicate(PredicateKind.Decide, null, null),
                "OBLIGE" => new StatementPredicate(PredicateKind.Oblige, "REQUEST", null),
                "WARN" => new StatementPredicate(PredicateKind.Warn, "THREATEN", null),
                _ => new StatementPredicate(PredicateKind.Category, r[1], r.Length > 2 && r[2] != "-" ? r[2] : null),
            })));
        Acts = LexiconResource.ReadRows("events-statement-acts.txt")
            .Select(r =>
            {
                var parts = r[0].Split('+', StringSplitOptions.TrimEntries);
                var objects = parts.Length > 1 ? parts[1].Split('|', StringSplitOptions.TrimEntries) : [];
                return new StatementAct(parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), objects, r[1], r.Length > 2 && r[2] != "-" ? r[2] : null);
            })
            .GroupBy(a => a.Verb[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Verb.Length).ThenByDescending(a => a.Objects.Length).ToArray(), StringComparer.Ordinal);
        IrregularForms = LexiconResource.ReadRows("events-statement-verb-forms.txt").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
    }

    /// <summary>The shared instance.</summary>
    public static StatementLexicon Instance => Loaded.Value;

    /// <summary>Words that head a statement ("accused", "called on", "threatened").</summary>
    public PhraseTable<StatementPredicate> Predicates { get; }

    /// <summary>Acts by the base form of their first verb word, longest and most specific first.</summary>
    public IReadOnlyDictionary<string, StatementAct[]> Acts { get; }

    /// <summary>Irregular verb forms to their base form ("gave" → "give").</summary>
    public IReadOnlyDictionary<string, string> IrregularForms { get; }
}
