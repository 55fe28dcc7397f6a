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

    /// <summary>The actor nearest before <paramref name="trigger"/> (or after "by"), with the span naming it.</summary>
    public (string Id, TextSpan Span)? Actor(Words w, SentenceScan scan, int trigger)
    {
        if (graph is null)
        {
            return null;
        }

        for (var i = trigger - 1; i >= scan.Start; i--)
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
        var country = scan.Countries.FindIndex(c => c.First <= i && i <= c.Last);
        if (country >= 0)
        {
            var hit = scan.Countries[country];
            return (CountryEntity(hit.Value, hit.Span).Id, hit.Span);
        }

        var entity = graph!.At(w.Tokens[i].Span);
        if (entity is null || entity.Type == EntityType.Person)
        {
            return null;
        }

        var span = entity.Mentions.First(m => m.Span.Overlaps(w.Tokens[i].Span)).Span;
        if (entity.Type == EntityType.Group && entity.Affiliation is { } iso && Country(iso) is { } named)
        {
            return (CountryEntity(named, span).Id, span);
        }

        return (entity.Id, span);
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
