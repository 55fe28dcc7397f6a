using System.Collections.Frozen;
using Sitrep.Entities.Data;

namespace Sitrep.Entities.Ner;

/// <summary>
/// Word-level gazetteer membership for the NER features, built from the entity lexicons: one bit per
/// list a word belongs to. Changing a lexicon changes features, so the model is retrained with it.
/// </summary>
internal static class NerGazetteer
{
    /// <summary>Membership bits.</summary>
    public const int Country = 1, Demonym = 2, Capital = 4, Role = 8, OrgName = 16, OrgHead = 32, Calendar = 64, Plural = 128;

    private static readonly string[] CalendarWords =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ];

    private static readonly FrozenDictionary<string, int> BitsByWord = Build();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        BitsByWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The membership bits of <paramref name="word"/> as written.</summary>
    public static int Of(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var bits) ? bits : 0;

    private static FrozenDictionary<string, int> Build()
    {
        var lexicon = EntityLexicon.Instance;
        var bits = new Dictionary<string, int>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> phrases, int bit, bool capitalize)
        {
            foreach (var phrase in phrases)
            {
                foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    bits[word] = bits.GetValueOrDefault(word) | bit;
                    if (capitalize && char.IsLower(word[0]))
                    {
                        var upper = char.ToUpperInvariant(word[0]) + word[1..];
                        bits[upper] = bits.GetValueOrDefault(upper) | bit;
                    }
                }
            }
        }

        Mark(lexicon.Countries.Keys, Country, false);
        Mark(lexicon.Demonyms.Keys, Demonym, false);
        Mark(lexicon.DemonymPlurals.Keys, Demonym | Plural, false);
        Mark(lexicon.Capitals.Keys, Capital, false);
        Mark(lexicon.Roles.Keys, Role, true);
        Mark(lexicon.Organizations.Keys, OrgName, false);
        Mark(lexicon.OrgHeads, OrgHead, false);
        Mark(CalendarWords, Calendar, false);
        return bits.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
