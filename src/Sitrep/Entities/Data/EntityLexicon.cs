using System.Collections.Frozen;
using Sitrep.Lexicons;

namespace Sitrep.Entities.Data;

/// <summary>
/// The entity lexicons (<c>Entities/Data/*.txt</c>), loaded once: countries with demonyms and capitals,
/// roles, well-known organisations, institution heads, organisation head words. Phrases are keyed by
/// their tokens joined with single spaces, as <c>PhraseMatcher</c> builds them.
/// </summary>
internal sealed class EntityLexicon
{
    private static readonly Lazy<EntityLexicon> Shared = new(() => new EntityLexicon());

    private EntityLexicon()
    {
        var countries = new Dictionary<string, Country>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, Country>(StringComparer.Ordinal);
        var plurals = new Dictionary<string, Country>(StringComparer.Ordinal);
        var capitals = new Dictionary<string, Country>(StringComparer.Ordinal);
        var byIso = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var row in LexiconResource.ReadRows("entities.countries.txt"))
        {
            var names = row[1].Split('|');
            var adjectives = row.Length > 2 ? row[2].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
            var country = new Country(row[0], names[0], adjectives.Length > 0 ? adjectives[0] : names[0]);
            byIso[country.Iso] = country;
            foreach (var name in names)
            {
                countries.TryAdd(name, country);
            }

            foreach (var adjective in adjectives)
            {
                demonyms.TryAdd(adjective, country);
                plurals.TryAdd(Plural(adjective), country);
            }

            foreach (var capital in row.Length > 3 ? row[3].Split('|', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                capitals.TryAdd(capital, country);
            }
        }

        Countries = countries.ToFrozenDictionary(StringComparer.Ordinal);
        Demonyms = demonyms.ToFrozenDictionary(StringComparer.Ordinal);
        DemonymPlurals = plurals.Where(p => !demonyms.ContainsKey(p.Key)).ToFrozenDictionary(StringComparer.Ordinal);
        Capitals = capitals.ToFrozenDictionary(StringComparer.Ordinal);
        ByIso = byIso.ToFrozenDictionary(StringComparer.Ordinal);
        Roles = LexiconResource.ReadRows("entities.roles.txt").ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        Institutions = LexiconResource.ReadRows("entities.institutions.txt").ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var organizations = new Dictionary<string, (string Name, string? Affiliation)>(StringComparer.Ordinal);
        foreach (var row in LexiconResource.ReadRows("entities.organizations.txt"))
        {
            var names = row[0].Split('|');
            var affiliation = row.Length > 1 && row[1] != "-" ? row[1] : null;
            foreach (var name in names)
            {
                organizations.TryAdd(name, (names[0], affiliation));
            }
        }

        Organizations = organizations.ToFrozenDictionary(StringComparer.Ordinal);
        OrgHeads = LexiconResource.ReadLines("entities.org-heads.txt").ToFrozenSet(StringComparer.Ordinal);
        var leaders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in LexiconResource.ReadRows("entities.leaders.txt"))
        {
            foreach (var name in row[0].Split('|'))
            {
                leaders.TryAdd(name, row[1]);
            }
        }

        Leaders = leaders.ToFrozenDictionary(StringComparer.Ordinal);
        MaxPhraseTokens = 6;
    }

    /// <summary>The lexicons, loaded on first use.</summary>
    public static EntityLexicon Instance => Shared.Value;

    /// <summary>Country names and aliases.</summary>
    public FrozenDictionary<string, Country> Countries { get; }

    /// <summary>Demonym adjectives ("Russian").</summary>
    public FrozenDictionary<string, Country> Demonyms { get; }

    /// <summary>Plural demonym nouns ("Russians").</summary>
    public FrozenDictionary<string, Country> DemonymPlurals { get; }

    /// <summary>Capitals used as metonyms for their governments.</summary>
    public FrozenDictionary<string, Country> Capitals { get; }

    /// <summary>Countries by ISO code.</summary>
    public FrozenDictionary<string, Country> ByIso { get; }

    /// <summary>Role phrases (lower case) and their classes.</summary>
    public FrozenDictionary<string, string> Roles { get; }

    /// <summary>Institution heads (lower case) and their entity type.</summary>
    public FrozenDictionary<string, string> Institutions { get; }

    /// <summary>Well-known organisations: written form to canonical name and affiliation.</summary>
    public FrozenDictionary<string, (string Name, string? Affiliation)> Organizations { get; }

    /// <summary>Well-known political leaders: a written name (or distinctive surname) to the ISO code of their state.</summary>
    public FrozenDictionary<string, string> Leaders { get; }

    /// <summary>Head words of organisation names.</summary>
    public FrozenSet<string> OrgHeads { get; }

    /// <summary>The longest phrase, in tokens, any lexicon holds.</summary>
    public int MaxPhraseTokens { get; }

    /// <summary>"Russian" -> "Russians"; "British", "French", "Swiss", "Chinese" have no plural noun.</summary>
    private static string Plural(string adjective) =>
        adjective.EndsWith("sh", StringComparison.Ordinal) || adjective.EndsWith("ch", StringComparison.Ordinal)
        || adjective.EndsWith("ss", StringComparison.Ordinal) || adjective.EndsWith("ese", StringComparison.Ordinal)
            ? adjective
            : adjective + "s";
}
