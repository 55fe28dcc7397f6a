using Sitrep.Entities;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// People named as harmed: "the murder of Governor X", "gunmen kidnapped X", "X was killed". The
/// name is a person entity, or (after a harm word and optional titles) two to four capitalised words
/// the entities stage missed, which become a person entity. They are the event's targets.
/// </summary>
internal static class NamedVictims
{
    private const int MaxNameWords = 4;

    public static List<(string Id, TextSpan Span)> Find(Words w, SentenceScan scan, EntityGraph? graph, ActorFinder actors)
    {
        var found = new List<(string, TextSpan)>();
        if (graph is null)
        {
            return found;
        }

        var lexicon = EventLexicon.Instance;
        for (var i = scan.Start; i < scan.End; i++)
        {
            if (!lexicon.HarmWords.TryMatch(w.Lower, i, scan.End, out var length, out _))
            {
                continue;
            }

            var after = Name(w, scan, graph, actors, i + length);
            var before = i - 2 >= scan.Start && w.Lower[i - 1] is "was" or "were" ? NameBefore(w, scan, graph, actors, i - 2) : null;
            foreach (var victim in new[] { after, before })
            {
                if (victim is { } v && !found.Exists(f => f.Item1 == v.Id))
                {
                    found.Add(v);
                }
            }

            i += length - 1;
        }

        return found;
    }

    private static (string Id, TextSpan Span)? Name(Words w, SentenceScan scan, EntityGraph graph, ActorFinder actors, int k)
    {
        k += w.Is(k, "of") ? 1 : 0;
        k += w.Is(k, "the") ? 1 : 0;
        while (k < scan.End && EventLexicon.Instance.PersonTitles.TryMatch(w.Lower, k, scan.End, out var title, out _))
        {
            k += title;
        }

        if (k >= scan.End || !w.IsCapitalized(k))
        {
            return null;
        }

        // Titles already passed; a capitalised run right after a harm word is taken as a name when it
        // has two to four words (a first name and surname) and no lexicon word stands in it.
        var last = k;
        while (last + 1 < scan.End && last + 1 - k < MaxNameWords && NameWord(w, scan, last + 1))
        {
            last++;
        }

        return NameWord(w, scan, k) ? Named(w, graph, actors, k, last) : Person(graph, w, k);
    }

    // "Senator X Y Z was kidnapped": the run of name words before "was", after any title.
    private static (string Id, TextSpan Span)? NameBefore(Words w, SentenceScan scan, EntityGraph graph, ActorFinder actors, int last)
    {
        var first = last;
        while (first - 1 >= scan.Start && last - first + 1 < MaxNameWords && NameWord(w, scan, first - 1)
            && !EventLexicon.Instance.PersonTitles.TryMatch(w.Lower, first - 1, first, out _, out _))
        {
            first--;
        }

        return NameWord(w, scan, last) ? Named(w, graph, actors, first, last) : Person(graph, w, last);
    }

    // A known person keeps its entity (with the fuller span as evidence); two to four unknown name
    // words become a person entity.
    private static (string Id, TextSpan Span)? Named(Words w, EntityGraph graph, ActorFinder actors, int first, int last)
    {
        var span = w.Span(first, last);
        var known = graph.At(span);
        if (known is not null)
        {
            return known.Type == EntityType.Person ? (known.Id, span) : null;
        }

        return last > first ? (actors.NamedEntity(w, EntityType.Person, span).Id, span) : null;
    }

    private static (string Id, TextSpan Span)? Person(EntityGraph graph, Words w, int k)
    {
        var entity = graph.At(w.Tokens[k].Span);
        return entity is { Type: EntityType.Person } p
            ? (p.Id, p.FirstOverlapping(w.Tokens[k].Span)!.Value.Span)
            : null;
    }

    private static bool NameWord(Words w, SentenceScan scan, int i) =>
        w.Tokens[i].Kind == TokenKind.Word && w.IsCapitalized(i) && w.Lower[i].Length > 1
        && w.Lower[i] is not ("and" or "or" or "a" or "an" or "are" or "is" or "last" or "this" or "next" or "his" or "her" or "their" or "its" or "in" or "on" or "at" or "the" or "of" or "by" or "was" or "were" or "who" or "which" or "when" or "today" or "yesterday" or "with" or "from" or "to" or "for" or "after" or "as" or "that" or "while" or "during")
        && !scan.Triggers.Exists(h => h.First <= i && i <= h.Last) && !scan.Weapons.Exists(h => h.First <= i && i <= h.Last)
        && !scan.TargetNouns.Exists(h => h.First <= i && i <= h.Last) && !scan.Perpetrators.Exists(h => h.First <= i && i <= h.Last)
        && !scan.Organizations.Exists(h => h.First <= i && i <= h.Last) && !scan.Countries.Exists(h => h.First <= i && i <= h.Last)
        && !EventLexicon.Instance.Victims.TryMatch(w.Lower, i, i + 1, out _, out _)
        && !EventLexicon.Instance.Numbers.TryMatch(w.Lower, i, i + 1, out _, out _);
}
