using Sitrep.Entities;
using Sitrep.Entities.Data;
using Sitrep.Places;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Countries of a statement's actor and targets that the text gives only through their clause. PLOVER
/// codes each side by the state it belongs to, and a statement whose parties and places belong to one
/// country only tells of that country's own affairs ("President Okoro banned Ugandan opposition parties",
/// "the Chad government accepted demands from the rebels"). So, in the statement's clause (a trailing
/// attribution left out), over the countries of its actor, its targets and the places it happens in: an
/// actor without a country that acts for an institution (a person with a title, an organisation, a group)
/// takes the one country there is, unless a target is that country itself or one of its people (the actor
/// then more likely deals with it from abroad: "President Okoro threatened Russia"); a target without a
/// country takes the actor's when there is no other. International organisations, places and words that
/// say "foreign" ("partners", "allies") keep none.
/// </summary>
internal sealed class StatementCountries(Words w, EntityGraph? graph, PlaceSet? places)
{
    // Relations to others: "urged its partners", "thanked the allies" never name the speaker's own side.
    private static readonly HashSet<string> ForeignWords =
    [
        "partners", "partner", "allies", "ally", "neighbours", "neighbors", "neighbour", "neighbor", "donors", "west", "western",
        "foreign", "international", "community", "countries", "nations", "governments", "states", "leaders", "world",
    ];

    /// <summary>Sets the missing countries of <paramref name="actor"/> and <paramref name="targets"/>.</summary>
    /// <param name="first">The clause's first token.</param>
    /// <param name="end">The token after the clause's last.</param>
    /// <param name="actor">The statement's actor, if any.</param>
    /// <param name="targets">The statement's targets.</param>
    public void Complete(int first, int end, (string Id, TextSpan Span)? actor, IReadOnlyList<(string Id, TextSpan Span)> targets)
    {
        var actorEntity = actor is { } a ? Entity(a.Id) : null;
        if (actorEntity is not null && EthnicResidence.Of(w, places, actorEntity, actor!.Value.Span, first, end) is { } home)
        {
            actorEntity.Affiliation = home;
        }

        if (graph is null || (!Open(actorEntity, actor) && !targets.Any(t => Open(Entity(t.Id), t))))
        {
            return;
        }

        var named = Named(first, end, actorEntity, targets);
        if (named.Count != 1)
        {
            return;
        }

        var only = named.First();
        if (actorEntity is not null && Open(actorEntity, actor) && (actorEntity.Type != EntityType.Person || actorEntity.Role is not null)
            && !targets.Any(t => IsThatCountry(t, only, actorEntity.Type == EntityType.Person)))
        {
            actorEntity.Affiliation = only;
        }

        if (actorEntity?.Affiliation != only)
        {
            return;
        }

        foreach (var target in targets)
        {
            if (Entity(target.Id) is { } entity && Open(entity, target))
            {
                entity.Affiliation = only;
            }
        }
    }

    /// <summary>The token after the clause of a predicate ending before <paramref name="from"/>: a semicolon or a trailing attribution ends it.</summary>
    public int ClauseEnd(Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken; k++)
        {
            if (w.Lower[k] == ";" || (w.Lower[k] == "," && (w.Is(k + 1, "according") || Attributes(sentence, k))))
            {
                return k;
            }
        }

        return sentence.EndToken;
    }

    // ", a member of the mediating team has said.": a reporting verb near the sentence's end (a day at most
    // after it) closes the sentence with who said it.
    private bool Attributes(Sentence sentence, int comma)
    {
        var last = sentence.EndToken - 1;
        while (last > comma && w.Tokens[last].Kind != TokenKind.Word)
        {
            last--;
        }

        for (var v = last; v > comma && v >= last - 3; v--)
        {
            if (StatementSubject.ReportingVerbs.Contains(w.Lower[v]))
            {
                return true;
            }
        }

        return StatementSubject.ReportedBy(w, comma, Math.Min(sentence.EndToken, comma + 10)) is not null;
    }

    // An entity that may take a country from its clause: none yet, not a place, not international, not "foreign".
    private bool Open(Entity? entity, (string Id, TextSpan Span)? argument)
    {
        if (entity is null || entity.Affiliation is not null || entity.Type == EntityType.Country || argument is not { } mention)
        {
            return false;
        }

        if (places?.At(mention.Span) is not null || (EntityLexicon.Instance.Organizations.TryGetValue(entity.Name, out var known) && known.Affiliation is null))
        {
            return false;
        }

        foreach (var word in w.Text[mention.Span.Start..mention.Span.End].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (ForeignWords.Contains(word.ToLowerInvariant()))
            {
                return false;
            }
        }

        return true;
    }

    // "threatened Russia": a target that is the country itself, by its name (not a demonym, "the Nigerian
    // ministry", nor a city, "a curfew in Lagos", nor an owner, "Haiti's elections"); or, for a person, one of its people ("welcomed the Russian
    // envoy": a statesman abroad); a group that confronts a leader is at home ("demanded the resignation of
    // the Algerian President").
    private bool IsThatCountry((string Id, TextSpan Span) target, string iso, bool byPerson) => Entity(target.Id) switch
    {
        { Type: EntityType.Country, Affiliation: var a } when a == iso => places?.At(target.Span) is { Kind: PlaceKind.Country } && !Possessive(target.Span),
        { Type: EntityType.Person, Affiliation: var a } when a == iso => byPerson,
        _ => false,
    };

    // "to allow Haiti's first free elections": a country that owns a thing of the clause sets it at home,
    // it is not dealt with from abroad.
    private bool Possessive(TextSpan mention)
    {
        var next = w.TokenEndingAfter(mention.End);
        while (next < w.Tokens.Length && w.Tokens[next].Start < mention.End)
        {
            next++;
        }

        return next < w.Tokens.Length && w.Lower[next] is "'s" or "’s" or "'" or "’";
    }

    // The countries the clause ties to the statement: its actor's and targets' own, and those of the places
    // where it happens ("a curfew in Gulu", "the front of Angola"). A country merely mentioned ("said that
    // Minsk wanted no talks") says nothing of the speaker's side.
    private HashSet<string> Named(int first, int end, Entity? actor, IReadOnlyList<(string Id, TextSpan Span)> targets)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        if (actor?.Affiliation is { } own)
        {
            named.Add(own);
        }

        foreach (var target in targets)
        {
            if (Entity(target.Id)?.Affiliation is { } iso)
            {
                named.Add(iso);
            }
        }

        if (places is null || first >= end)
        {
            return named;
        }

        var k = first;
        foreach (var (place, mention) in places.Within(new TextSpan(w.Tokens[first].Start, w.Tokens[end - 1].End)))
        {
            while (k < end && w.Tokens[k].End <= mention.Start)
            {
                k++;
            }

            if (place.Country is { } iso && k > first && EthnicResidence.SetsIn(w, first, k))
            {
                named.Add(iso);
            }
        }

        return named;
    }

    private Entity? Entity(string id) => graph?[id];
}
