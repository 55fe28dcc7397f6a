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
    private static readonly HashSet<string> Locative = new(StringComparer.OrdinalIgnoreCase) { "in", "near", "at", "from", "outside", "around", "into", "across" };

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal) { "said", "says", "told", "added", "wrote", "stated", "noted", "explained", "claimed", "warned", "urged", "announced" };

    /// <summary>Adds people and their name mentions.</summary>
    public static void Run(EntityContext context)
    {
        var places = PlaceWords(context);
        foreach (var name in context.Names)
        {
            if (name.Type != NerType.Person)
            {
                continue;
            }

            var start = name.Start;
            while (start < name.End - 1 && Lexicon.Roles.MatchAt(context.Lower, start, name.End - start - 1) is { Length: > 0 } title)
            {
                start += title.Length;
            }

            if (context.Used[start] || Lexicon.Countries.MatchAt(context.Words, start).Length == name.End - start
                || Lexicon.Demonyms.MatchAt(context.Words, start).Length == name.End - start)
            {
                continue;
            }

            if (name.End - start == 1 && !IsLikelySingleName(context, start, places))
            {
                continue;
            }

            Add(context, start, name.End);
        }

        AddSurnames(context, places);
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

    /// <summary>
    /// A one-word name is a person only when it is not also used as a place ("in Odesa"), and when
    /// a role stands before it, a speech verb follows, or it names someone already known.
    /// </summary>
    private static bool IsLikelySingleName(EntityContext context, int at, HashSet<string> places)
    {
        if (places.Contains(context.Words[at]))
        {
            return false;
        }

        var key = NameKey.Of(context.Words[at]);
        return Match(context, [key]) is not null
            || (at > 0 && Lexicon.Roles.MatchEndingAt(context.Lower, at - 1).Length > 0)
            || (at + 1 < context.Words.Length && SpeechVerbs.Contains(context.Words[at + 1]))
            || context.Names.Count(n => n.End - n.Start == 1 && context.Words[n.Start] == context.Words[at]) > 1 && !places.Contains(context.Words[at]);
    }

    /// <summary>Capitalised words the document uses after a locative preposition ("in Odesa").</summary>
    private static HashSet<string> PlaceWords(EntityContext context)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < context.Words.Length; i++)
        {
            if (context.IsCapitalized(i) && Locative.Contains(context.Words[i - 1]) && !context.IsCapitalized(i + 1))
            {
                places.Add(context.Words[i]);
            }
        }

        return places;
    }

    private static void AddSurnames(EntityContext context, HashSet<string> places)
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
            if (key.Length < 3 || places.Contains(words[i]))
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
