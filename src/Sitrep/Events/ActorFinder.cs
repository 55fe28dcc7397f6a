using Sitrep.Entities;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Names the actor and targets of an event as entity ids. A country named by its name, demonym or
/// capital ("Russia", "the Russians", "Moscow") becomes the country entity with its ISO code, added
/// to the graph when the entities stage did not create it. Without an entity graph, ids stay empty.
/// </summary>
internal sealed class ActorFinder(EntityGraph? graph)
{
    private static readonly HashSet<string> ObjectMarkers = ["against", "on", "in", "at", "from", "to", "of", "for", "into", "near", "over"];

    public bool Available => graph is not null;

    /// <summary>The document's entity graph, when the entities stage ran.</summary>
    public EntityGraph? Graph => graph;

    /// <summary>The actor nearest before <paramref name="trigger"/> (or after "by"), with the span naming it.</summary>
    public (string Id, TextSpan Span)? Actor(Words w, SentenceScan scan, int trigger)
    {
        if (graph is null)
        {
            return null;
        }

        if (Claimant(w, scan) is { } claimant)
        {
            return claimant;
        }

        // "Gunmen killed two farmers": the trigger word itself names the attackers.
        if (scan.Perpetrators.Exists(p => p.First <= trigger && trigger <= p.Last) && ActorAt(w, scan, trigger) is { } self)
        {
            return self;
        }

        // "Two soldiers were killed": before a passive verb stands the victim; only "by" names the actor.
        var passive = trigger - 1 >= scan.Start && w.Lower[trigger - 1] is "was" or "were" or "been" or "being" or "is" or "are";
        for (var i = trigger - 1; !passive && i >= scan.Start; i--)
        {
            if (ActorAt(w, scan, i) is { } found && !ObjectMarkers.Contains(w.Lower[Math.Max(scan.Start, i - 1)]) && !IsObject(w, scan.Start, i))
            {
                return found;
            }
        }

        for (var i = trigger + 1; i + 1 < scan.End; i++)
        {
            if (w.Is(i, "by") && (ActorAt(w, scan, i + 1) ?? ActorAt(w, scan, i + 2)) is { } byActor)
            {
                return byActor;
            }
        }

        return null;
    }

    /// <summary>
    /// The organisation unnamed attackers belong to: "FMLN guerrillas", "guerrillas of the FMLN".
    /// </summary>
    public (string Id, TextSpan Span)? Affiliation(Words w, SentenceScan scan, TextSpan attackers)
    {
        var first = scan.Start;
        while (first < scan.End && w.Tokens[first].Start < attackers.Start)
        {
            first++;
        }

        var last = first;
        while (last + 1 < scan.End && w.Tokens[last + 1].End <= attackers.End)
        {
            last++;
        }

        if (graph is null || !scan.Perpetrators.Exists(p => p.First == first))
        {
            return null;
        }

        var of = w.Is(last + 1, "of") ? (w.Is(last + 2, "the") ? last + 3 : last + 2) : -1;
        var found = (first > scan.Start ? ActorAt(w, scan, first - 1) : null) ?? (of > 0 && of < scan.End ? ActorAt(w, scan, of) : null);
        return found is { } f && graph[f.Id] is { Type: EntityType.Organization } ? f : null;
    }

    // "The Extraditables claimed responsibility for the murder": the claimant is the actor.
    private (string Id, TextSpan Span)? Claimant(Words w, SentenceScan scan)
    {
        for (var i = scan.Start + 1; i + 1 < scan.End; i++)
        {
            if (w.Lower[i] is not ("claimed" or "claims" or "claiming" or "claim") || !w.Is(i + 1, "responsibility"))
            {
                continue;
            }

            var k = i - 1;
            while (k > scan.Start && w.Lower[k] is "today" or "yesterday" or "has" or "have" or "had" or "also" or "later" or "reportedly" or "publicly")
            {
                k--;
            }

            if (ActorAt(w, scan, k) is { } named)
            {
                return named;
            }

            var first = k;
            while (first > scan.Start && k - first < 4 && w.IsCapitalized(first - 1) && !w.Is(first - 1, "the"))
            {
                first--;
            }

            return w.IsCapitalized(k) && !w.Is(k, "the") && !w.Is(k, "he") && !w.Is(k, "they") && !w.Is(k, "it")
                ? (NamedEntity(w, EntityType.Organization, w.Span(first, k)).Id, w.Span(first, k))
                : null;
        }

        return null;
    }

    /// <summary>Countries after "against" or "on" following the trigger ("against Ukraine").</summary>
    public List<(string Id, TextSpan Span)> Targets(Words w, SentenceScan scan, int trigger)
    {
        var targets = new List<(string, TextSpan)>();
        if (graph is null)
        {
            return targets;
        }

        foreach (var hit in scan.Countries)
        {
            if (hit.First > trigger && hit.First > scan.Start && w.Lower[hit.First - 1] is "against" or "on" or "at")
            {
                targets.Add((CountryEntity(hit.Value, hit.Span).Id, hit.Span));
            }
        }

        return targets;
    }

    /// <summary>The country entity for <paramref name="country"/>, created when missing.</summary>
    public Entity CountryEntity(CountryName country, TextSpan mention)
    {
        var existing = graph!.Entities.FirstOrDefault(e => e.Type == EntityType.Country
            && (e.Affiliation == country.Iso || string.Equals(e.Name, country.Name, StringComparison.OrdinalIgnoreCase)));
        if (existing is not null)
        {
            return existing;
        }

        var added = graph.Add(EntityType.Country, country.Name, mention, MentionKind.Demonym);
        added.Affiliation = country.Iso;
        return added;
    }

    /// <summary>The entity a token belongs to: a country word, or a non-person entity of the graph.</summary>
    public (string Id, TextSpan Span)? ActorAt(Words w, SentenceScan scan, int i)
    {
        if (i < scan.Start || i >= scan.End)
        {
            return null; // "... by" closing the sentence: nothing after it
        }

        var country = scan.Countries.FindIndex(c => c.First <= i && i <= c.Last);
        if (country >= 0)
        {
            var hit = scan.Countries[country];
            return (CountryEntity(hit.Value, hit.Span).Id, hit.Span);
        }

        // A lone pronoun tagged as an organisation ("WE" in all-capital copy) names no actor.
        var entity = w.Lower[i] is "we" or "who" or "it" or "they" or "us" or "our" ? null : graph!.At(w.Tokens[i].Span);
        var span = entity is null ? default : entity.FirstOverlapping(w.Tokens[i].Span)!.Value.Span;
        var phrase = scan.Organizations.Find(o => o.First <= i && i <= o.Last);
        if (phrase.Length > 0 && (entity is null || (entity.Type == EntityType.Organization && phrase.Span.Contains(span) && phrase.Span != span)))
        {
            return (NamedEntity(w, EntityType.Organization, phrase.Span).Id, phrase.Span);
        }

        if (entity is null || entity.Type == EntityType.Person)
        {
            return entity is null && scan.Perpetrators.Find(p => p.First <= i && i <= p.Last) is { Length: > 0 } unnamed
                ? (NamedEntity(w, EntityType.Group, unnamed.Span).Id, unnamed.Span)
                : null;
        }

        if (entity.Type == EntityType.Group && entity.Affiliation is { } iso && Country(iso) is { } named)
        {
            return (CountryEntity(named, span).Id, span);
        }

        return (entity.Id, span);
    }

    /// <summary>
    /// The entity for an organisation phrase or unnamed attackers ("gunmen") the entities stage did not
    /// create: one per document, type and wording.
    /// </summary>
    public Entity NamedEntity(Words w, EntityType type, TextSpan mention)
    {
        var name = w.Text[mention.Start..mention.End];
        var existing = graph!.FirstNamed(name, e => e.Type == type && e.Affiliation is null);
        if (existing is not null)
        {
            existing.AddMention(mention, MentionKind.Nominal);
            return existing;
        }

        return graph.Add(type, name, mention, type == EntityType.Group ? MentionKind.Nominal : MentionKind.Name);
    }

    private static CountryName? Country(string iso)
    {
        var lexicon = EventLexicon.Instance.Countries;
        return lexicon.Find(c => c.Iso == iso);
    }

    // "in Kharkiv" style: a preposition two tokens back across "the" ("on the Russians").
    private static bool IsObject(Words w, int start, int i) =>
        i - 2 >= start && w.Is(i - 1, "the") && ObjectMarkers.Contains(w.Lower[i - 2]);
}
