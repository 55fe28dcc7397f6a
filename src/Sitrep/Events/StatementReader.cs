using System.Collections.Immutable;
using Sitrep.Entities;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// PLOVER statements from reporting and diplomatic verbs ("Lavrov accused Europe and Ukraine of ...",
/// "Zelenskyy urged international partners to ..."). The verb needs a subject that names someone (a
/// capitalised name, a pronoun or an entity mention) or a quote whose cue it is; the actor is that
/// entity (or the quote's speaker), the targets are the entities named between the verb and the
/// clause it introduces, and the statement points at the quote that covers it.
/// </summary>
internal sealed class StatementReader(Words w, EntityGraph? graph, ActorFinder actors, IReadOnlyList<QuoteRecord> quotes)
{
    private static readonly HashSet<string> Adverbs = ["also", "again", "repeatedly", "strongly", "publicly", "sharply", "has", "have", "had", "then", "later", "on", "formally", "once", "reportedly"];

    private static readonly HashSet<string> ReportingVerbs = ["said", "says", "told", "added", "stated", "insisted", "claimed", "noted", "wrote"];

    private static readonly HashSet<string> Pronouns = ["he", "she", "they", "it", "we"];

    // Role nouns that name a speaker without a name ("the minister condemned ...").
    private static readonly HashSet<string> Roles = ["minister", "ministry", "president", "government", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "army", "military", "police", "leader", "leaders", "governor", "mayor", "council", "committee", "embassy", "prosecutor", "chief", "commander", "office", "authorities", "secretary", "chancellor", "premier", "king", "kremlin"];

    private static readonly HashSet<string> ClauseEnds = ["said", "says", "saying", "adding", "and said", "of", "to", "for", "that", "over", "after", "because", "as", "while", "in", "on", "with", "by", "\"", "“", "”"];

    public IEnumerable<(string Plover, EventDraftStatement Statement)> Read(ImmutableArray<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!EventLexicon.Instance.Statements.TryMatch(w.Lower, i, sentence.EndToken, out var length, out var plover))
                {
                    continue;
                }

                var verb = w.Span(i, i + length - 1);
                var quote = quotes.FirstOrDefault(q => q.Cue is { } cue && cue.Overlaps(verb));
                var subject = Subject(sentence.FirstToken, i);
                if ((subject is not null || quote is not null) && !Modality.Blocks(w, sentence.FirstToken, i))
                {
                    yield return (plover, Build(sentence, verb, i + length, subject, quote));
                }

                i += length - 1;
            }
        }
    }

    private EventDraftStatement Build(Sentence sentence, TextSpan verb, int afterVerb, int? subject, QuoteRecord? quote)
    {
        var statement = new EventDraftStatement(sentence.Span, verb);
        var actor = quote?.Speaker ?? (subject is { } s ? graph?.At(w.Tokens[s].Span)?.Id : null);
        if (actor is null && subject is { } c && graph is not null)
        {
            var scan = new SentenceScan(w, c, c + 1);
            actor = actors.ActorAt(w, scan, c)?.Id;
        }

        if (actor is not null)
        {
            statement.Actors.Add(actor);
            statement.Evidence.Add(new Evidence("actors", subject is { } t ? w.Tokens[t].Start : verb.Start, subject is { } u ? w.Tokens[u].End : verb.End));
        }

        var end = afterVerb;
        while (end < sentence.EndToken && !ClauseEnds.Contains(w.Lower[end]) && w.Tokens[end].Kind != TokenKind.Terminal)
        {
            end++;
        }

        if (end > afterVerb)
        {
            var scanTargets = new SentenceScan(w, afterVerb, end);
            for (var k = afterVerb; k < end; k++)
            {
                var found = graph is null ? null : actors.ActorAt(w, scanTargets, k) ?? PersonAt(k);
                if (found is { } f && f.Id != actor && !statement.Targets.Contains(f.Id))
                {
                    statement.Targets.Add(f.Id);
                    statement.Evidence.Add(new Evidence("targets", f.Span.Start, f.Span.End));
                }
            }
        }

        statement.Quote = quote?.Id ?? quotes.FirstOrDefault(q => q.Content.Overlaps(new TextSpan(verb.End, sentence.Span.End)) && q.Content.Start >= verb.End)?.Id;
        return statement;
    }

    private (string Id, TextSpan Span)? PersonAt(int k)
    {
        var entity = graph!.At(w.Tokens[k].Span);
        return entity is null ? null : (entity.Id, entity.Mentions.First(m => m.Span.Overlaps(w.Tokens[k].Span)).Span);
    }

    // The token naming who speaks, right before the verb (adverbs and auxiliaries skipped).
    private int? Subject(int start, int verb)
    {
        var k = verb - 1;
        while (k >= start && Adverbs.Contains(w.Lower[k]))
        {
            k--;
        }

        if (k < start)
        {
            return null;
        }

        // "Orlov said Russian forces struck only military sites and accused Kyiv of ...": a verb joined
        // by "and" shares the subject of the reporting verb before it.
        if (w.Is(k, "and"))
        {
            for (var v = k - 1; v > start; v--)
            {
                if (ReportingVerbs.Contains(w.Lower[v]) || EventLexicon.Instance.Statements.TryMatch(w.Lower, v, verb, out _, out _))
                {
                    return Subject(start, v);
                }
            }

            return null;
        }

        var named = graph?.At(w.Tokens[k].Span) is not null;
        return named || Pronouns.Contains(w.Lower[k]) || Roles.Contains(w.Lower[k]) || (w.IsCapitalized(k) && k > start) || (w.IsCapitalized(k) && k == start && verb - start <= 2) ? k : null;
    }
}

/// <summary>A statement being built: its sentence, verb, actors, targets, quote and evidence.</summary>
internal sealed class EventDraftStatement(TextSpan sentence, TextSpan verb)
{
    public TextSpan Sentence { get; } = sentence;

    public TextSpan Verb { get; } = verb;

    public List<string> Actors { get; } = [];

    public List<string> Targets { get; } = [];

    public List<Evidence> Evidence { get; } = [];

    public string? Quote { get; set; }
}
