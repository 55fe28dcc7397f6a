using System.Collections.Frozen;
using Sitrep.Reporting;

namespace Sitrep.Entities.Resolution;

/// <summary>
/// Third-person pronouns. "he"/"she" outside quotation marks go to the subject (first person mention
/// outside quotes) of the current sentence before the pronoun, else of the nearest earlier sentence
/// that names someone outside quotes (up to five back); inside quotes to the latest person named in
/// the same sentence. Gender known from a courtesy title or role is respected. "they" goes to the
/// latest group or armed institution in the same or the previous sentence.
/// </summary>
internal static class PronounResolver
{
    private static readonly FrozenDictionary<string, char> Personal = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase)
    {
        ["he"] = 'm', ["him"] = 'm', ["his"] = 'm', ["himself"] = 'm',
        ["she"] = 'f', ["her"] = 'f', ["hers"] = 'f', ["herself"] = 'f',
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Plural = FrozenSet.ToFrozenSet(["they", "them", "their", "themselves"], StringComparer.OrdinalIgnoreCase);

    private readonly record struct Candidate(int Token, Entity Entity);

    /// <summary>Adds pronoun mentions to people and groups.</summary>
    public static void Run(EntityContext context)
    {
        var people = new List<Candidate>();
        var groups = new List<Candidate>();
        foreach (var entity in context.Graph.Entities)
        {
            var list = entity.Type == EntityType.Person ? people
                : entity.Type == EntityType.Group || (entity.Type == EntityType.Organization && entity.Affiliation is not null) ? groups : null;
            foreach (var mention in entity.Mentions)
            {
                list?.Add(new Candidate(TokenAt(context, mention.Span.Start), entity));
            }
        }

        people.Sort((a, b) => a.Token.CompareTo(b.Token));
        groups.Sort((a, b) => a.Token.CompareTo(b.Token));
        var words = context.Words;
        for (var i = 0; i < words.Length; i++)
        {
            if (context.Used[i] || context.Tokens[i].Kind != Text.TokenKind.Word)
            {
                continue;
            }

            Entity? found = null;
            MentionKind kind = MentionKind.Pronoun;
            if (Personal.TryGetValue(words[i], out var gender))
            {
                found = context.InQuote[i] ? InQuote(context, people, i, gender) : Subject(context, people, i, gender);
                if (found is not null)
                {
                    var index = people.FindIndex(c => c.Token > i);
                    people.Insert(index < 0 ? people.Count : index, new Candidate(i, found));
                }
            }
            else if (Plural.Contains(words[i]))
            {
                found = groups.LastOrDefault(c => c.Token < i && context.SentenceOf[i] - context.SentenceOf[c.Token] <= 1).Entity;
            }

            if (found is not null)
            {
                found.AddMention(context.Span(i, i + 1), kind);
                context.Use(i, i + 1);
            }
        }
    }

    private static Entity? Subject(EntityContext context, List<Candidate> people, int at, char gender)
    {
        var sentence = context.SentenceOf[at];
        for (var s = sentence; s >= 0 && s >= sentence - 5; s--)
        {
            foreach (var candidate in people)
            {
                if (context.SentenceOf[candidate.Token] == s && candidate.Token < at && !context.InQuote[candidate.Token] && Fits(context, candidate.Entity, gender))
                {
                    return candidate.Entity;
                }
            }
        }

        return null;
    }

    private static Entity? InQuote(EntityContext context, List<Candidate> people, int at, char gender)
    {
        Entity? found = null;
        foreach (var candidate in people)
        {
            if (candidate.Token < at && context.SentenceOf[candidate.Token] == context.SentenceOf[at] && Fits(context, candidate.Entity, gender))
            {
                found = candidate.Entity;
            }
        }

        return found;
    }

    private static bool Fits(EntityContext context, Entity person, char gender) =>
        !context.People.TryGetValue(person, out var info) || info.Gender is null || info.Gender == gender;

    private static int TokenAt(EntityContext context, int offset)
    {
        var tokens = context.Tokens;
        int low = 0, high = tokens.Length - 1;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (tokens[mid].End <= offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
