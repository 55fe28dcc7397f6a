using System.Collections.Frozen;
using Sitrep.Entities.Data;
using Sitrep.Entities.Ner;
using Sitrep.Reporting;

namespace Sitrep.Entities.Resolution;

/// <summary>
/// Countries and collectives as actors: institutions named by a demonym or a country
/// ("the Russian army", "Ukraine's Air Force"), plural demonyms ("the Russians") as groups, demonym
/// adjectives ("Russian strikes") and country names used other than as a location ("in Ukraine")
/// as mentions of the country, and capitals used as subjects ("Moscow could move", "Kyiv is not
/// seeking") as metonyms of their country. Country entities carry their ISO code as affiliation.
/// </summary>
internal static class ActorResolver
{
    private static readonly FrozenSet<string> Locative = FrozenSet.ToFrozenSet(
        ["in", "at", "into", "inside", "within", "across", "throughout", "near", "around", "from", "outside", "across", "towards", "toward"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> SubjectVerbs = FrozenSet.ToFrozenSet(
        ["could", "can", "cannot", "can't", "will", "would", "should", "may", "might", "must", "is", "was", "has", "had", "have",
         "are", "were", "says", "said", "does", "did", "wants", "sees", "insists", "denies", "denied", "rejects", "rejected",
         "accuses", "accused", "warns", "warned", "claims", "claimed", "believes", "hopes", "plans", "seeks", "intends",
         "responded", "announced", "agreed", "refused", "demands", "demanded", "threatens", "threatened", "continues"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> RecipientPrepositions = FrozenSet.ToFrozenSet(
        ["with", "against", "by", "accused", "accuses", "urged", "urges", "blamed", "blames", "warned", "warns", "told", "pressed",
         "criticized", "criticised", "condemned", "thanked"], StringComparer.Ordinal);

    /// <summary>Adds countries, groups and institutions.</summary>
    public static void Run(EntityContext context)
    {
        var words = context.Words;
        for (var i = 0; i < words.Length; i++)
        {
            if (context.Used[i])
            {
                continue;
            }

            if (Institution(context, i) is var used and > 0)
            {
                i += used - 1;
            }
            else if (Lexicon.DemonymPlurals.MatchAt(words, i) is { Length: > 0 } plural)
            {
                var group = Group(context, plural.Value!.Demonym + "s", plural.Value.Iso, EntityType.Group);
                Mention(context, group, i, i + plural.Length, MentionKind.Demonym);
                i += plural.Length - 1;
            }
            else if (Lexicon.Demonyms.MatchAt(words, i) is { Length: > 0 } demonym)
            {
                Mention(context, Country(context, demonym.Value!), i, i + demonym.Length, MentionKind.Demonym);
                i += demonym.Length - 1;
            }
            else if (Lexicon.Countries.MatchAt(words, i) is { Length: > 0 } country)
            {
                if (!IsLocative(context, i))
                {
                    Mention(context, Country(context, country.Value!), i, i + country.Length, MentionKind.Name);
                }

                i += country.Length - 1;
            }
            else if (Lexicon.Capitals.MatchAt(words, i) is { Length: > 0 } capital)
            {
                if (IsActing(context, i, capital.Length))
                {
                    Mention(context, Country(context, capital.Value!), i, i + capital.Length, MentionKind.Metonym);
                }

                i += capital.Length - 1;
            }
        }

        foreach (var name in context.Names)
        {
            if (name.Type == NerType.Group && !context.Used[name.Start])
            {
                var group = Group(context, context.Text(name.Start, name.End), null, EntityType.Group);
                Mention(context, group, name.Start, name.End, MentionKind.Demonym);
            }
        }
    }

    /// <summary>"Russian army", "Ukraine's Air Force": returns the tokens used (0 when none).</summary>
    private static int Institution(EntityContext context, int i)
    {
        var words = context.Words;
        Country? country;
        int head;
        if (Lexicon.Demonyms.MatchAt(words, i) is { Length: > 0 } demonym)
        {
            (country, head) = (demonym.Value, i + demonym.Length);
        }
        else if (Lexicon.Countries.MatchAt(words, i) is { Length: > 0 } name && context.IsPossessive(i + name.Length))
        {
            (country, head) = (name.Value, i + name.Length + 1);
        }
        else
        {
            return 0;
        }

        var (length, type) = Lexicon.Institutions.MatchAt(context.Lower, head);
        // "Norway's military chief" is a person's role, not the military.
        if (length == 0 || context.Used[head] || Lexicon.Institutions.MatchAt(context.Lower, head + length).Length > 0 || Lexicon.Roles.MatchAt(context.Lower, head + length).Length > 0)
        {
            return 0;
        }

        var entityType = type == "group" ? EntityType.Group : EntityType.Organization;
        var display = context.Text(i, head + length);
        var entity = Group(context, display, country!.Iso, entityType, $"{country.Iso}:{context.Text(head, head + length).ToLowerInvariant()}");
        Mention(context, entity, i, head + length, MentionKind.Name);
        return head + length - i;
    }

    private static bool IsLocative(EntityContext context, int i)
    {
        var before = i - 1;
        if (before >= 0 && context.Words[before] is "the")
        {
            before--;
        }

        return before >= 0 && Locative.Contains(context.Words[before].ToLowerInvariant()) && !context.IsPossessive(i + 1);
    }

    private static bool IsActing(EntityContext context, int i, int length)
    {
        var next = i + length;
        if (next < context.Words.Length && context.SentenceOf[next] == context.SentenceOf[i] && SubjectVerbs.Contains(context.Words[next]))
        {
            return true;
        }

        return i > 0 && RecipientPrepositions.Contains(context.Words[i - 1]);
    }

    private static Entity Country(EntityContext context, Country country)
    {
        foreach (var entity in context.Graph.Entities)
        {
            if (entity.Type == EntityType.Country && entity.Affiliation == country.Iso)
            {
                return entity;
            }
        }

        var created = context.Graph.Add(EntityType.Country, country.Name);
        created.Affiliation = country.Iso;
        return created;
    }

    private static Entity Group(EntityContext context, string name, string? iso, EntityType type, string? key = null)
    {
        key ??= $"{iso}:{name.ToLowerInvariant()}";
        if (context.Groups.TryGetValue(key, out var found))
        {
            return found;
        }

        var created = context.Graph.Add(type, name);
        created.Affiliation = iso;
        context.Groups[key] = created;
        return created;
    }

    private static void Mention(EntityContext context, Entity entity, int start, int end, MentionKind kind)
    {
        entity.AddMention(context.Span(start, end), kind);
        context.Use(start, end);
    }
}
