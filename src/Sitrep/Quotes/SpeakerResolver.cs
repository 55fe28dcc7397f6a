using Sitrep.Entities;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// Resolves each quote's source to an entity, in text order. An entity of the graph that covers the
/// source's head wins; otherwise names match earlier speakers by surname, "he"/"she" is the last
/// person speaker, and a role nominal with no name ("Norway's military chief said ...") waits for
/// the next new name a few sentences on ("... said Gen. Eirik Kristoffersen") and becomes that person.
/// Entities it needs and the graph lacks are added to the graph.
/// </summary>
internal sealed class SpeakerResolver(QuoteText t, EntityGraph graph)
{
    private const int NominalWindow = 3;

    private readonly List<Attribution> _pending = [];
    private Entity? _lastPerson;
    private Entity? _lastOther;

    /// <summary>Sets <see cref="Attribution.Speaker"/> on every attribution that has a source or carries one.</summary>
    public void Resolve(List<Attribution> attributions)
    {
        foreach (var attribution in attributions.OrderBy(a => a.Anchor))
        {
            if (attribution.SourceTokens is not { } tokens)
            {
                continue;
            }

            var sentence = t.SentenceOf(tokens.First);
            if (_pending.Count > 0 && sentence - t.SentenceOf(_pending[0].SourceTokens!.Value.First) > NominalWindow)
            {
                Flush();
            }

            var entity = graph.At(t.Tokens[tokens.Last].Span) is { } known && Covers(known, tokens)
                ? known
                : Own(attribution, tokens.First, tokens.Last);
            if (entity is null)
            {
                continue;
            }

            if (attribution.Form == SourceForm.Name && entity.Type == EntityType.Person)
            {
                Merge(entity);
            }

            Assign(attribution, entity);
        }

        Flush();
        foreach (var attribution in attributions.Where(a => a.CarriedFrom is not null))
        {
            var from = attribution.CarriedFrom;
            while (from is { Speaker: null, CarriedFrom: not null })
            {
                from = from.CarriedFrom;
            }

            attribution.Speaker = from?.Speaker;
        }
    }

    /// <summary>
    /// A person named at the start of a sentence between the last speaker and the pronoun at
    /// <paramref name="pronoun"/> ("Minister Anna Berg visited the depot. '...,' she noted.").
    /// </summary>
    private Entity? NamedSubjectSince(int pronoun)
    {
        var sentence = t.SentenceOf(pronoun);
        var since = _lastPerson is { } last ? last.Mentions[^1].Span.End : 0;
        for (var s = sentence; s >= 0 && sentence - s <= NominalWindow; s--)
        {
            var start = t.Sentences[s].FirstToken;
            if (t.Tokens[start].Start < since)
            {
                return null;
            }

            if (start < pronoun && SpeakerPhrases.After(t, start, allowLower: false) is { Form: SourceForm.Name } phrase && phrase.Last < pronoun)
            {
                var nameStart = SpeakerNames.NameStart(t, phrase.First, phrase.Last);
                var name = t.Span(nameStart, phrase.Last);
                var entity = graph.At(t.Tokens[phrase.Last].Span) is { } known && Covers(known, (phrase.First, phrase.Last)) ? known
                    : FindByName(name.Of(t.Text), EntityType.Person) ?? graph.Add(EntityType.Person, name.Of(t.Text), name, MentionKind.Name);
                entity.AddMention(name, MentionKind.Name);
                if (nameStart > phrase.First)
                {
                    entity.Role ??= t.Span(phrase.First, nameStart - 1).Of(t.Text);
                }

                return entity;
            }
        }

        return null;
    }

    /// <summary>The entity named just before the relative pronoun at <paramref name="who"/>, if any.</summary>
    private Entity? Relative(int who)
    {
        var before = t.IsChar(who - 1, ',') ? who - 2 : who - 1;
        var entity = before >= 0 && t.SentenceOf(before) == t.SentenceOf(who) ? graph.At(t.Tokens[before].Span) : null;
        entity?.AddMention(t.Tokens[who].Span, MentionKind.Pronoun);
        return entity;
    }

    private bool Covers(Entity entity, (int First, int Last) tokens)
    {
        var head = t.Tokens[tokens.Last].Span;
        return entity.AnyContaining(head);
    }

    private Entity? Own(Attribution attribution, int first, int last)
    {
        var span = t.Span(first, last);
        switch (attribution.Form)
        {
            case SourceForm.Pronoun:
                var word = t.Word(first);
                if (word.Equals("who", StringComparison.OrdinalIgnoreCase))
                {
                    return Relative(first); // "an architect who said", "McConnell, who said"
                }

                var person = word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("him", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase);
                if (person && _pending.Count > 0 && (_lastPerson is null || _lastPerson.FirstOffset < _pending[0].Source!.Value.Start))
                {
                    _pending.Add(attribution); // "Norway's military chief said ... He added ..."
                    return null;
                }

                var antecedent = person ? NamedSubjectSince(first) ?? _lastPerson : _lastOther;
                antecedent?.AddMention(span, MentionKind.Pronoun);
                return antecedent;
            case SourceForm.Name:
                var start = SpeakerNames.NameStart(t, first, last);
                var name = t.Span(start, last).Of(t.Text);
                var found = FindByName(name, EntityType.Person);
                if (found is not null)
                {
                    found.AddMention(t.Span(start, last), MentionKind.Name);
                    return found;
                }

                var created = graph.Add(EntityType.Person, name, t.Span(start, last), MentionKind.Name);
                created.Role = start > first ? t.Span(first, start - 1).Of(t.Text) : null;
                return created;
            case SourceForm.Institution:
                var institutionStart = t.Has(first, WordClass.Determiner) ? first + 1 : first;
                var institution = t.Span(institutionStart, last).Of(t.Text);
                var type = first == last && t.Has(last, WordClass.Country) ? EntityType.Country : EntityType.Organization;
                var existing = FindByName(institution, type);
                if (existing is not null)
                {
                    existing.AddMention(span, type == EntityType.Country ? MentionKind.Metonym : MentionKind.Name);
                    return existing;
                }

                return graph.Add(type, institution, span, type == EntityType.Country ? MentionKind.Metonym : MentionKind.Name);
            default:
                return Nominal(attribution, first, last, span);
        }
    }

    private Entity? Nominal(Attribution attribution, int first, int last, TextSpan span)
    {
        if (t.Has(last, WordClass.Record))
        {
            return null; // "according to regional statistics": a source, but no actor
        }

        var definite = t.Is(first, "the") || t.Is(first, "this");
        if (definite && FindByRole(t.Word(last)) is { } known)
        {
            known.AddMention(span, MentionKind.Nominal);
            return known;
        }

        if (t.Has(last, WordClass.Group) || t.Word(last).EndsWith("s", StringComparison.Ordinal))
        {
            return graph.Add(EntityType.Group, span.Of(t.Text), span, MentionKind.Nominal);
        }

        if (t.Is(first, "a") || t.Is(first, "an") || t.Is(first, "another"))
        {
            var anonymous = graph.Add(EntityType.Person, span.Of(t.Text), span, MentionKind.Nominal);
            anonymous.Role = span.Of(t.Text);
            return anonymous;
        }

        _pending.Add(attribution);
        return null;
    }

    /// <summary>The new name takes over the pending role nominal and everything that referred to it.</summary>
    private void Merge(Entity entity)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var nominal = _pending[0].Source!.Value;
        if (entity.Mentions.Count > 1 && entity.FirstOffset < nominal.Start)
        {
            Flush(); // a speaker named before the nominal is someone else
            return;
        }

        entity.Role ??= nominal.Of(t.Text);
        foreach (var attribution in _pending)
        {
            entity.AddMention(attribution.Source!.Value, attribution.Form == SourceForm.Pronoun ? MentionKind.Pronoun : MentionKind.Nominal);
            Assign(attribution, entity);
        }

        _pending.Clear();
    }

    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var nominal = _pending[0].Source!.Value;
        var entity = graph.Add(EntityType.Person, nominal.Of(t.Text), nominal, MentionKind.Nominal);
        entity.Role = nominal.Of(t.Text);
        foreach (var attribution in _pending)
        {
            entity.AddMention(attribution.Source!.Value, attribution.Form == SourceForm.Pronoun ? MentionKind.Pronoun : MentionKind.Nominal);
            Assign(attribution, entity);
        }

        _pending.Clear();
    }

    private void Assign(Attribution attribution, Entity entity)
    {
        attribution.Speaker = entity.Id;
        if (entity.Type == EntityType.Person)
        {
            _lastPerson = entity;
        }
        else
        {
            _lastOther = entity;
        }
    }

    private Entity? FindByName(string name, EntityType type)
    {
        // The latest entity of the type with the name or, for a person, with the same last word (the same name
        // has it too) wins; the graph indexes both, where a scan of every entity per speaker was quadratic.
        return type == EntityType.Person
            ? graph.LatestWithLastWord(SpeakerNames.LastWord(name).ToString(), e => e.Type == type)
            : graph.LatestNamed(name, e => e.Type == type);
    }

    private Entity? FindByRole(ReadOnlySpan<char> head)
    {
        for (var i = graph.Entities.Count - 1; i >= 0; i--)
        {
            if (graph.Entities[i].Role is { } role && role.AsSpan().Contains(head, StringComparison.OrdinalIgnoreCase))
            {
                return graph.Entities[i];
            }
        }

        return null;
    }
}
