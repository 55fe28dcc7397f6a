using System.Collections.Frozen;
using Sitrep.Lexicons;

namespace Sitrep.Entities.Cyrillic;

/// <summary>
/// The Ukrainian and Russian name lexicons (<c>Entities/Data/cyrillic-*.txt</c>), keyed by word stem
/// (<see cref="CyrillicWords.Stem"/>) so every case form of an entry finds it.
/// </summary>
internal static class CyrillicLexicon
{
    /// <summary>Stems of given names.</summary>
    public static FrozenSet<string> FirstNames { get; } = Stems("entities.cyrillic-first-names.txt");

    /// <summary>Stems of the head words that open organisation names.</summary>
    public static FrozenSet<string> OrgHeads { get; } = Stems("entities.cyrillic-org-heads.txt");

    /// <summary>Stems of role words before a name.</summary>
    public static FrozenSet<string> Roles { get; } = Stems("entities.cyrillic-roles.txt");

    /// <summary>Organisations: the stems of each name's words joined by spaces, to the longest name's word count.</summary>
    public static FrozenDictionary<string, string> Organizations { get; } = ReadOrganizations();

    /// <summary>Most words of an organisation name.</summary>
    public static int OrganizationWords { get; } = Organizations.Keys.Max(k => k.Split(' ').Length);

    /// <summary>The key of words as the organisation table holds it.</summary>
    public static string Key(IEnumerable<string> words) => string.Join(' ', words.Select(w => CyrillicWords.Stem(w)));

    private static FrozenSet<string> Stems(string file) =>
        LexiconResource.ReadLines(file).Select(line => CyrillicWords.Stem(line.Trim())).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, string> ReadOrganizations()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in LexiconResource.ReadRows("entities.cyrillic-organizations.txt"))
        {
            var names = row[0].Split('|');
            foreach (var name in names)
            {
                table.TryAdd(Key(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)), names[0]);
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
