using Sitrep.Entities.Ner;
using Sitrep.Reporting;

namespace Sitrep.Entities.Resolution;

/// <summary>
/// Organisations: well-known names from the lexicon first (with their affiliation: the Kremlin -> RU),
/// then the names the model tagged, joined by name (a leading "the" ignored) or acronym
/// ("NATO" = "North Atlantic Treaty Organization"). A country or demonym just before gives the affiliation.
/// </summary>
internal static class OrganizationResolver
{
    /// <summary>Adds organisations and their mentions.</summary>
    public static void Run(EntityContext context)
    {
        var words = context.Words;
        for (var i = 0; i < words.Length; i++)
        {
            if (context.Used[i] || !context.IsCapitalized(i) && !char.IsDigit(words[i][0]))
            {
                continue;
            }

            var (length, known) = Lexicon.Organizations.MatchAt(words, i);
            if (length > 0 && !(context.IsCapitalized(i + length) && !context.Used[i + length] && context.Tokens[i + length].Kind == Text.TokenKind.Word))
            {
                Add(context, i, i + length, known.Name, known.Affiliation);
            }
        }

        foreach (var name in context.Names)
        {
            if (name.Type != NerType.Organization || context.Used[name.Start] || context.Used[name.End - 1])
            {
                continue;
            }

            var start = words[name.Start] is "the" or "The" && name.End - name.Start > 1 ? name.Start + 1 : name.Start;
            if (IsPlaceName(context.Text(start, name.End)))
            {
                continue; // "KYIV, Ukraine": countries and capitals are actors or places, not organisations
            }

            string? affiliation = null;
            var possessor = -1;
            if (Lexicon.Demonyms.MatchAt(words, start) is { Length: > 0 } demonym && demonym.Length < name.End - start)
            {
                affiliation = demonym.Value!.Iso;
            }
            else if (start >= 2 && context.IsPossessive(start - 1) && Lexicon.Countries.MatchEndingAt(words, start - 2, Math.Max(0, start - 5)) is { Length: > 0 } country)
            {
                (affiliation, possessor) = (country.Value!.Iso, start - 1 - country.Length);
            }

            // "Ukraine's Air Force": a generic institution is named with its country.
            var text = context.Text(start, name.End);
            if (possessor >= 0 && Lexicon.Institutions.MatchAt(context.Lower, start).Length == name.End - start)
            {
                text = context.Text(possessor, start) + " " + text;
            }

            Add(context, start, name.End, text, affiliation);
        }
    }

    private static void Add(EntityContext context, int start, int end, string name, string? affiliation)
    {
        var organization = Find(context, name);
        if (organization is null)
        {
            organization = context.Graph.Add(EntityType.Organization, name, context.Span(start, end), MentionKind.Name);
        }
        else
        {
            organization.AddMention(context.Span(start, end), MentionKind.Name);
        }

        organization.Affiliation ??= affiliation;
        context.Use(start, end);
    }

    private static Entity? Find(EntityContext context, string name)
    {
        foreach (var entity in context.Graph.Entities)
        {
            if (entity.Type == EntityType.Organization
                && (string.Equals(entity.Name, name, StringComparison.OrdinalIgnoreCase) || Acronym(entity.Name) == name || Acronym(name) == entity.Name))
            {
                return entity;
            }
        }

        return null;
    }

    private static bool IsPlaceName(string text)
    {
        var data = Data.EntityLexicon.Instance;
        var titled = text.Length > 1 && text.All(c => !char.IsLower(c)) ? text[0] + text[1..].ToLowerInvariant() : text;
        return data.Countries.ContainsKey(text) || data.Capitals.ContainsKey(text) || data.Capitals.ContainsKey(titled) || data.Countries.ContainsKey(titled);
    }

    /// <summary>Initials of the capitalised words: "North Atlantic Treaty Organization" -> "NATO".</summary>
    private static string Acronym(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length < 2 ? "" : string.Concat(parts.Where(p => char.IsUpper(p[0])).Select(p => p[0]));
    }
}
