using System.Collections.Immutable;
using Sitrep.Entities;
using Sitrep.Places;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// PLOVER statements read from a predicate and its arguments. The predicate is a statement word
/// ("accused", "called on", "threatened", "agreed"), a promise or plan ("offered to", "will", "is ready
/// to") or a reported act in the past tense ("released", "expelled", "met"); the act a predicate
/// concerns ("threatened to cut off electricity", "urged them to release") gives the category of promises
/// and decisions and the mode of threats, demands and rejections (<see cref="StatementCategory"/>). The
/// actor is the subject phrase (<see cref="StatementSubject"/>), or the agent after "by" of a passive
/// ("was indicted by the court"); the targets are the entities named after the predicate in its clause
/// (or the passive subject); a statement points at the quote whose cue it is. Negated and hypothetical
/// predicates are not statements (<see cref="StatementModality"/>); acts of violence are left to the
/// violence reader.
/// </summary>
internal sealed class StatementReader(Words w, EntityGraph? graph, ActorFinder actors, IReadOnlyList<QuoteRecord> quotes, PlaceSet? places)
{
    private readonly StatementArguments _arguments = new(w, graph, actors, places);
    private readonly QuoteSpans _quotes = new(quotes);
    private StatementCountries? _countries;

    /// <summary>How far after its predicate an act may start ("threatened on Monday to break relations").</summary>
    private const int ActWindow = 8;

    private static readonly HashSet<string> BeForms = ["is", "are", "was", "were", "been", "being", "be"];

    // "was put under investigation": the participle of a light verb carries the passive of the noun after "under".
    private static readonly HashSet<string> LightParticiples = ["put", "placed", "kept", "brought", "taken"];

    // A past form after these is an adjective or a participle of a noun phrase ("in occupied areas", "any negotiated end").
    private static readonly HashSet<string> NotBeforeAct =
    [
        "to", "the", "a", "an", "will", "would", "must", "its", "their", "his", "her", "any", "some", "no", "all", "every",
        "in", "of", "on", "at", "from", "with", "for", "by", "under", "into", "newly",
    ];

    private static readonly HashSet<string> Modals = ["would", "could", "will", "may", "might", "'ll", "can", "shall", "not", "soon", "also"];

    // A past participle after one of these is an adjective ("the alleged violations", "its banned leaders").
    private static readonly HashSet<string> Determiners = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"];

    public IEnumerable<(string Plover, EventDraftStatement Statement)> Read(ImmutableArray<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            SentenceScan? scan = null;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (Predicate(sentence, i) is not { } found)
                {
                    continue;
                }

                scan ??= new SentenceScan(w, sentence.FirstToken, sentence.EndToken);
                if (found.Coded is { } coded && !StatementModality.Blocks(w, sentence.FirstToken, i)
                    && Build(sentence, scan, found, coded.Mode) is { } statement)
                {
                    yield return (coded.Plover, statement);
                }

                i = found.Next - 1;
            }
        }
    }

    // The predicate at token i: its words, kind, act, category and where reading resumes.
    private Found? Predicate(Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (StatementLexicon.Instance.Predicates.TryMatch(w.Lower, i, end, out var length, out var predicate)
            && !(length == 1 && Inflected(w.Lower[i]) && i > sentence.FirstToken && Determiners.Contains(w.Lower[i - 1])))
        {
            var act = StatementActs.First(w, i + length, end, ActWindow);
            var coded = StatementCategory.Of(predicate, act?.Act);
            return coded is null
                ? new Found(i, i + length, predicate.Kind, null, null, i + length)
                : new Found(i, i + length, predicate.Kind, act is { } a ? (a.Start, a.End) : null, coded, act?.End ?? i + length);
        }

        if (Inflected(w.Lower[i]) && (i == sentence.FirstToken || !NotBeforeAct.Contains(w.Lower[i - 1]))
            && StatementActs.At(w, i, end) is { } reported)
        {
            return new Found(i, i + reported.Act.Verb.Length, PredicateKind.Category, (i, reported.End), StatementCategory.Reported(reported.Act), reported.End);
        }

        return null;
    }

    private EventDraftStatement? Build(Sentence sentence, SentenceScan scan, Found found, string? mode)
    {
        var verb = w.Span(found.First, found.End - 1);
        var quote = _quotes.ByCue(verb);
        var passive = IsPassive(sentence.FirstToken, found.First);
        var subject = StatementSubject.Of(w, sentence.FirstToken, found.First);
        var statement = new EventDraftStatement(sentence.Span, verb) { Mode = mode };
        (string Id, TextSpan Span)? actor, target = null;
        if (found.Kind == PredicateKind.Oblige)
        {
            // "X said that Libya must hand over ...": the one who must is the target, the speaker the actor. A
            // pronoun before "must" is read where it stands, not as the reporter it may stand for.
            var pronoun = found.First - 1 >= sentence.FirstToken && w.Lower[found.First - 1] is "it" or "they" or "he" or "she";
            var obliged = pronoun ? (found.First - 1, found.First - 1) : subject;
            var reporter = obliged is { } s ? StatementSubject.ReportedBy(w, sentence.FirstToken, s.First) : null;
            actor = reporter is { } r && StatementSubject.Of(w, sentence.FirstToken, r) is { } speaker ? _arguments.In(scan, speaker) : null;
            target = obliged is { } t ? _arguments.In(scan, t) : null;
            if ((target is null || target?.Id == actor?.Id) && reporter is { } from)
            {
                // "issued a reminder to Iraq that it must": the pronoun stands for the one addressed.
                target = _arguments.After(sentence, scan, from + 1, actor?.Id)
                    .Where(t => t.Span.End <= verb.Start).Select(t => ((string Id, TextSpan Span)?)t).FirstOrDefault();
            }

            if (actor is null || target is null)
            {
                return null;
            }
        }
        else if (passive && found.Kind is PredicateKind.Intent or PredicateKind.Future)
        {
            return null; // "had been offered to 12 families": no one promised anything in the sentence
        }
        else if (found.Kind == PredicateKind.Future && quote is null && !Reported(sentence))
        {
            return null; // "The army will attack the bridge": a plan is a statement only when someone states it
        }
        else if (passive)
        {
            actor = _arguments.Agent(scan, found.End);
            target = subject is { } t ? _arguments.In(scan, t) : null;
        }
        else
        {
            actor = subject is { } s ? _arguments.In(scan, s) : null;
            if (subject is null && quote is null)
            {
                return null;
            }
        }

        if (found.Kind == PredicateKind.Warn && !WarnsOfItsOwnAct(scan, found, actor))
        {
            return null;
        }

        var targets = target is { } only ? [only] : passive && found.Kind != PredicateKind.Oblige ? [] : _arguments.After(sentence, scan, found.End, actor?.Id, found.Act);
        targets.RemoveAll(t => t.Id == actor?.Id);
        _countries ??= new StatementCountries(w, graph, places);
        _countries.Complete(sentence.FirstToken, _countries.ClauseEnd(sentence, found.End), actor, targets);
        if (actor is { } a)
        {
            statement.Actors.Add(a.Id);
            if (_arguments.CountryOf(a.Id) is { } country)
            {
                statement.ActorCountries.Add(country);
            }

            statement.Evidence.Add(new Evidence("actors", a.Span.Start, a.Span.End));
        }

        foreach (var (id, span) in targets)
        {
            statement.Targets.Add(id);
            statement.Evidence.Add(new Evidence("targets", span.Start, span.End));
        }

        if (mode is not null)
        {
            var modeSpan = found.Act is { } act ? w.Span(act.Start, act.End - 1) : verb;
            statement.Evidence.Add(new Evidence("mode", modeSpan.Start, modeSpan.End));
        }

        statement.Quote = quote?.Id ?? _quotes.StartingIn(new TextSpan(verb.End, sentence.Span.End))?.Id;
        return statement;
    }

    // "Russia warned that it would strike" is a threat; "he warned that attacks could leave millions
    // without heat" a warning of danger. The act's subject must be the speaker (or a pronoun for it).
    private bool WarnsOfItsOwnAct(SentenceScan scan, Found found, (string Id, TextSpan Span)? actor)
    {
        var k = found.Act!.Value.Start - 1;
        while (k > found.End && Modals.Contains(w.Lower[k]))
        {
            k--;
        }

        if (k <= found.End - 1 || w.Lower[k] is "it" or "we" or "they")
        {
            return k > found.End - 1;
        }

        return actor is { } a && _arguments.In(scan, (k, k)) is { } subject
            && (subject.Id == a.Id || _arguments.CountryOf(subject.Id) is { } country && country == _arguments.CountryOf(a.Id));
    }

    private bool Reported(Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (StatementSubject.ReportingVerbs.Contains(w.Lower[k]) || w.Lower[k] == "according")
            {
                return true;
            }
        }

        return _quotes.AnyOverlapping(sentence.Span);
    }

    private bool IsPassive(int sentenceStart, int predicate)
    {
        var k = predicate - 1;
        while (k >= sentenceStart && w.Lower[k] is "also" or "reportedly" or "formally" or "officially" or "allegedly")
        {
            k--;
        }

        if (k > sentenceStart && LightParticiples.Contains(w.Lower[k]) && BeForms.Contains(w.Lower[k - 1]) && w.Is(predicate, "under"))
        {
            return true; // "was put under investigation", "has been placed under arrest"
        }

        return k >= sentenceStart && BeForms.Contains(w.Lower[k]) && Inflected(w.Lower[predicate]);
    }

    // A past form: "-ed" or an irregular one ("gave", "held"); base forms are read only after a predicate.
    private static bool Inflected(string word) =>
        (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) || StatementLexicon.Instance.IrregularForms.ContainsKey(word);

    private readonly record struct Found(int First, int End, PredicateKind Kind, (int Start, int End)? Act, (string Plover, string? Mode)? Coded, int Next);
}
