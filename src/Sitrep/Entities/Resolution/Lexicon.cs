using Sitrep.Entities.Data;

namespace Sitrep.Entities.Resolution;

/// <summary>The entity lexicons as phrase indexes, built once.</summary>
internal static class Lexicon
{
    private static readonly EntityLexicon Data = EntityLexicon.Instance;

    /// <summary>Country names ("Russia", "United States", "U.S.").</summary>
    public static readonly PhraseIndex<Country> Countries = new(Data.Countries);

    /// <summary>Capitals ("Moscow", "Kyiv").</summary>
    public static readonly PhraseIndex<Country> Capitals = new(Data.Capitals);

    /// <summary>Demonym adjectives ("Russian", "North Korean").</summary>
    public static readonly PhraseIndex<Country> Demonyms = new(Data.Demonyms);

    /// <summary>Plural demonym nouns ("Russians").</summary>
    public static readonly PhraseIndex<Country> DemonymPlurals = new(Data.DemonymPlurals);

    /// <summary>Role phrases and their classes, matched lower-cased.</summary>
    public static readonly PhraseIndex<string> Roles = new(Data.Roles);

    /// <summary>Institution heads and their entity types, matched lower-cased.</summary>
    public static readonly PhraseIndex<string> Institutions = new(Data.Institutions);

    /// <summary>Well-known organisations.</summary>
    public static readonly PhraseIndex<(string Name, string? Affiliation)> Organizations = new(Data.Organizations);

    /// <summary>Countries by ISO code.</summary>
    public static Country? ByIso(string iso) => Data.ByIso.GetValueOrDefault(iso);
}
