using Sitrep.Reporting;

namespace Sitrep.Entities.Resolution;

/// <summary>
/// Role nominals ("the minister", "Norway's military chief", "the Russian foreign minister") join
/// the person with a role of the same class and a compatible affiliation: the latest one named
/// before, or, when the nominal comes first, the first one named within the next three sentences.
/// </summary>
internal static class NominalResolver
{
    /// <summary>Adds nominal mentions to people.</summary>
    public static void Run(EntityContext context)
    {
        var words = context.Words;
        for (var i = 0; i < words.Length; i++)
        {
            if (context.Used[i])
            {
                continue;
            }

            var (start, affiliation, roleAt) = Determiner(context, i);
            if (roleAt < 0 || roleAt >= words.Length || context.Used[roleAt])
            {
                continue;
            }

            var (length, roleClass) = Lexicon.Roles.MatchAt(context.Lower, roleAt);
            if (length == 0 || roleClass is "honorific" or "rank" or "official" || (context.IsCapitalized(roleAt + length) && context.Tokens[roleAt + length].Kind == Text.TokenKind.Word))
            {
                continue;
            }

            var person = Resolve(context, roleClass!, affiliation, context.Text(roleAt, roleAt + length), i);
            if (person is not null)
            {
                // The possessor stays free: "Norway" in "Norway's military chief" is also the country.
                person.AddMention(context.Span(start, roleAt + length), MentionKind.Nominal);
                context.Use(roleAt, roleAt + length);
                i = roleAt + length - 1;
            }
        }
    }

    /// <summary>"the", "Norway's", "the Russian", "Russia's": where the nominal starts, its affiliation and where its role starts.</summary>
    private static (int Start, string? Affiliation, int RoleAt) Determiner(EntityContext context, int i)
    {
        var words = context.Words;
        var k = i;
        string? affiliation = null;
        if (words[k] is "the" or "The")
        {
            k++;
        }

        if (Lexicon.Countries.MatchAt(words, k) is { Length: > 0 } country && context.IsPossessive(k + country.Length))
        {
            (affiliation, k) = (country.Value!.Iso, k + country.Length + 1);
        }
        else if (Lexicon.Demonyms.MatchAt(words, k) is { Length: > 0 } demonym)
        {
            (affiliation, k) = (demonym.Value!.Iso, k + demonym.Length);
        }

        if (k == i)
        {
            return (i, null, -1);
        }

        if (k < words.Length && words[k] is "top" or "former" or "new" or "chief" && Lexicon.Roles.MatchAt(context.Lower, k).Length == 0)
        {
            k++;
        }

        return (i, affiliation, k);
    }

    private static Entity? Resolve(EntityContext context, string roleClass, string? affiliation, string roleText, int at)
    {
        var position = context.Tokens[at].Start;
        Entity? before = null, after = null;
        int latestBefore = -1, earliestAfter = int.MaxValue;
        foreach (var (person, info) in context.People)
        {
            if (!Compatible(person, info, roleClass, affiliation, roleText))
            {
                continue;
            }

            foreach (var mention in person.Mentions)
            {
                var start = mention.Span.Start;
                if (mention.Kind != MentionKind.Name)
                {
                    continue;
                }

                if (start < position && start > latestBefore)
                {
                    (before, latestBefore) = (person, start);
                }
                else if (start >= position && start < earliestAfter)
                {
                    (after, earliestAfter) = (person, start);
                }
            }
        }

        if (before is not null || after is null)
        {
            return before;
        }

        // Nominal before the name: only when the name follows within three sentences.
        var sentence = context.SentenceOf[at];
        var sentences = context.Document.Sentences;
        var limit = sentences[Math.Min(sentences.Length - 1, sentence + 3)].Span.End;
        return earliestAfter < limit ? after : null;
    }

    private static bool Compatible(Entity person, PersonInfo info, string roleClass, string? affiliation, string roleText)
    {
        if (affiliation is not null && person.Affiliation is not null && affiliation != person.Affiliation)
        {
            return false;
        }

        var sameClass = info.RoleClass == roleClass || (roleClass == "military" && info.RoleClass == "rank");
        var sameWord = person.Role is not null && person.Role.Contains(roleText.Split(' ')[^1], StringComparison.OrdinalIgnoreCase);
        return sameClass || sameWord;
    }
}
