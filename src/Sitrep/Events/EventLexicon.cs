using System.Globalization;
using Sitrep.Lexicons;
using Sitrep.Reporting;

namespace Sitrep.Events;

/// <summary>A country the events stage can name as an actor or target.</summary>
/// <param name="Iso">ISO 3166-1 alpha-2 code.</param>
/// <param name="Name">English short name.</param>
internal sealed record CountryName(string Iso, string Name);

/// <summary>A victim noun: its category (null for "people") and whether it is singular.</summary>
internal sealed record VictimNoun(VictimCategory? Category, bool Singular);

/// <summary>A number word: its value and whether it is vague (open-ended).</summary>
internal sealed record NumberWord(int Value, bool Open);

/// <summary>The events stage's data files, loaded once on first use.</summary>
internal sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> Loaded = new(() => new EventLexicon());

    private EventLexicon()
    {
        Weapons = Table("events-weapons.txt", v => Enum.Parse<WeaponClass>(Vocab(v), ignoreCase: true));
        Targets = Table("events-targets.txt", v => Enum.Parse<TargetType>(Vocab(v), ignoreCase: true));
        Triggers = Table("events-triggers.txt", v => v);
        Modality = Table("events-modality.txt", v => v);
        Casualties = Table("events-casualty-verbs.txt", v => v);
        Aggregates = Table("events-aggregate.txt", v => v);
        Statements = Table("events-statement-verbs.txt", v => v);
        Perpetrators = Table("events-perpetrators.txt", v => v);
        OrganizationHeads = Table("events-organization-heads.txt", v => v);
        HarmWords = Table("events-harm-words.txt", v => v);
        PersonTitles = Table("events-person-titles.txt", v => v);
        Victims = new PhraseTable<VictimNoun>(LexiconResource.ReadRows("events-victims.txt").Select(r =>
            (r[0], new VictimNoun(r[1] == "-" ? null : Enum.Parse<VictimCategory>(r[1], ignoreCase: true), r[2] == "one"))));
        Numbers = new PhraseTable<NumberWord>(LexiconResource.ReadRows("events-numbers.txt").Select(r =>
            (r[0], new NumberWord(int.Parse(r[1], CultureInfo.InvariantCulture), r[2] == "open"))));
        Countries = new PhraseTable<CountryName>(LexiconResource.ReadRows("events-countries.txt").SelectMany(r =>
        {
            var country = new CountryName(r[0], r[1]);
            var names = new[] { r[1].ToLowerInvariant() }.Concat(r.Length > 2 ? r[2].Split(',') : []);
            return names.Select(n => (n.Trim(), country));
        }));
    }

    /// <summary>The shared instance.</summary>
    public static EventLexicon Instance => Loaded.Value;

    public PhraseTable<WeaponClass> Weapons { get; }

    public PhraseTable<TargetType> Targets { get; }

    public PhraseTable<string> Triggers { get; }

    public PhraseTable<string> Modality { get; }

    public PhraseTable<string> Statements { get; }

    /// <summary>Nouns naming unnamed attackers ("gunmen", "guerrillas").</summary>
    public PhraseTable<string> Perpetrators { get; }

    /// <summary>Head nouns of armed-organisation names ("front", "armed forces").</summary>
    public PhraseTable<string> OrganizationHeads { get; }

    /// <summary>Words naming harm done to a person ("murder", "kidnapped").</summary>
    public PhraseTable<string> HarmWords { get; }

    /// <summary>Titles before a person's name ("Governor", "Attorney General").</summary>
    public PhraseTable<string> PersonTitles { get; }

    public PhraseTable<VictimNoun> Victims { get; }

    public PhraseTable<NumberWord> Numbers { get; }

    public PhraseTable<CountryName> Countries { get; }

    public PhraseTable<string> Casualties { get; }

    /// <summary>Spans and units that make a sentence a tally of many attacks (<see cref="Tally"/>).</summary>
    public PhraseTable<string> Aggregates { get; }

    private static PhraseTable<T> Table<T>(string file, Func<string, T> parse) =>
        new(LexiconResource.ReadRows(file).Select(r => (r[0], parse(r[1]))));

    // Contract spellings ("health care", "ballistic missile") to enum member names.
    private static string Vocab(string value) => value.Replace(" ", "", StringComparison.Ordinal);
}
