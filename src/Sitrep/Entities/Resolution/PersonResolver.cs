using Sitrep.Entities.Ner;
using Sitrep.Reporting;

namespace Sitrep.Entities.Resolution;

/// <summary>
/// People: each tagged person name joins the person it names (same surname key; same first-name key
/// when both give one) or starts a new one; its role and affiliation come from <see cref="RoleFinder"/>.
/// Then every other capitalised word that is a known person's surname becomes a mention too.
/// </summary>
internal static class PersonResolver
{
    /// <summary>Adds people and their name mentions.</summary>
    public static void Run(EntityContext context)
    {
        foreach (var name in context.Names)
        {
            if (name.Type != NerType.Person)
            {
                continue;
            }

            var start = name.Start;
            while (start < name.End - 1 && Lexicon.Roles.MatchAt(context.Words, start, name.End - start - 1) is { Length: > 0 } title)
            {
                start += title.Length;
            }

            if (context.Used[start] || Lexicon.Countries.MatchAt(context.Words, start).Length == name.End - start
                || Lexicon.Demonyms.MatchAt(context.Words, start).Length == name.End - start)
            {
                continue;
            }

            Add(context, start, name.End);
        }

        AddSurnames(context);
    }

    private static void Add(EntityContext context, int start, int end)
    {
        var keys = new List<string>();
        for (var i = start; i < end; i++)
        {
            var key = NameKey.Of(context.Words[i]);
            if (key.Length > 1)
            {
                keys.Add(key);
            }
        }

        if (keys.Count == 0)
        {
            return;
        }

        var role = RoleFinder.Find(context, start, end);
        var person = Match(context, keys);
        var text = context.Text(start, end);
        if (person is null)
        {
            person = context.Graph.Add(EntityType.Person, text, context.Span(start, end), MentionKind.Name);
            var info = new PersonInfo();
            info.Keys.AddRange(keys);
            context.People[person] = info;
        }
        else
        {
            person.AddMention(context.Span(start, end), MentionKind.Name);
            var info = context.People[person];
            if (keys.Count > info.Keys.Count)
            {
                person.Name = text; // the fullest name found
                info.Keys.Clear();
                info.Keys.AddRange(keys);
            }
        }

        var details = context.People[person];
        if (role.Role is not null && person.Role is null)
        {
            (person.Role, details.RoleClass) = (role.Role, role.RoleClass);
        }

        person.Affiliation ??= role.Affiliation;
        details.Gender ??= role.Gender;
        context.Use(Math.Min(start, role.Start), Math.Max(end, role.End));
    }

    /// <summary>The person whose name <paramref name="keys"/> fits, preferring the latest created.</summary>
    public static Entity? Match(EntityContext context, IReadOnlyList<string> keys)
    {
        Entity? found = null;
        foreach (var (person, info) in context.People)
        {
            // "Lavrov" fits "Sergey Lavrov"; "Sergei Lavrov" fits too; "Anna Lavrova" does not.
            var surname = info.Keys[^1] == keys[^1];
            var fits = keys.Count == 1 || info.Keys.Count == 1 ? surname : surname && info.Keys[0] == keys[0];
            if (fits)
            {
                found = person;
            }
        }

        return found;
    }

    private static void AddSurnames(EntityContext context)
    {
        var words = context.Words;
        for (var i = 0; i < words.Length; i++)
        {
            if (context.Used[i] || !context.IsCapitalized(i) || context.Tokens[i].Kind != Text.TokenKind.Word
                || (context.IsCapitalized(i + 1) && !context.Used[i + 1]))
            {
                continue;
            }

            var key = NameKey.Of(words[i]);
            if (key.Length < 3)
            {
                continue;
            }

            var person = Match(context, [key]);
            if (person is not null)
            {
                person.AddMention(context.Span(i, i + 1), MentionKind.Name);
                context.Use(i, i + 1);
            }
        }
    }
}
