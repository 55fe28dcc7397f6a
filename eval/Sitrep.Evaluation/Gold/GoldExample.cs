using System.Text.Json.Serialization;

namespace Sitrep.Evaluation.Gold;

/// <summary>
/// A hand-made reference answer in the format of <c>../shared/examples/*.gold.json</c> (names instead
/// of ids; written for people and scorers, not the report contract).
/// </summary>
public sealed record GoldExample
{
    /// <summary>File name of the article the gold describes.</summary>
    public string? Document { get; init; }

    /// <summary>Publication date to analyze the article with.</summary>
    public string? Published { get; init; }

    /// <summary>Every reported statement.</summary>
    public IReadOnlyList<GoldAttribution> Attributions { get; init; } = [];

    /// <summary>Violent events.</summary>
    public IReadOnlyList<GoldEvent> Events { get; init; } = [];

    /// <summary>PLOVER statement events.</summary>
    public IReadOnlyList<GoldStatement> Statements { get; init; } = [];

    /// <summary>Entities by kind.</summary>
    public GoldEntities Entities { get; init; } = new();
}

/// <summary>One gold attribution.</summary>
public sealed record GoldAttribution(string Speaker, string Kind, string? Cue, int Start, int End, string? Content);

/// <summary>A gold span with its text.</summary>
public sealed record GoldSpan(int Start, int End, string? Text);

/// <summary>A victim count of a gold event.</summary>
public sealed record GoldVictim(string Category, int? Killed, int? Injured);

/// <summary>One gold violent event.</summary>
public sealed record GoldEvent
{
    /// <summary>Readable id.</summary>
    public string? Id { get; init; }

    /// <summary>summary or incident.</summary>
    public string? Scope { get; init; }

    /// <summary>Event category.</summary>
    public string? Category { get; init; }

    /// <summary>ACLED event type.</summary>
    public string? EventType { get; init; }

    /// <summary>ACLED sub-event type.</summary>
    public string? SubEventType { get; init; }

    /// <summary>Actor country name.</summary>
    public string? Actor { get; init; }

    /// <summary>Weapon class.</summary>
    public string? Weapon { get; init; }

    /// <summary>Munitions launched.</summary>
    public int? Munitions { get; init; }

    /// <summary>Country name.</summary>
    public string? Country { get; init; }

    /// <summary>Place name.</summary>
    public string? Location { get; init; }

    /// <summary>Admin-1 region name.</summary>
    public string? Admin1 { get; init; }

    /// <summary>city, admin1 or country.</summary>
    public string? Precision { get; init; }

    /// <summary>Best figure killed.</summary>
    public int? Killed { get; init; }

    /// <summary>Best figure injured.</summary>
    public int? Injured { get; init; }

    /// <summary>Victims by category.</summary>
    public IReadOnlyList<GoldVictim> Victims { get; init; } = [];

    /// <summary>Target type.</summary>
    public string? TargetType { get; init; }

    /// <summary>Resolved date.</summary>
    public string? Date { get; init; }

    /// <summary>Spans that state the event.</summary>
    public IReadOnlyList<GoldSpan> Evidence { get; init; } = [];
}

/// <summary>One gold statement event.</summary>
public sealed record GoldStatement(string Plover, string Actor, string? ActorCountry, IReadOnlyList<string> Targets, GoldSpan Evidence);

/// <summary>Gold entities by kind.</summary>
public sealed record GoldEntities
{
    /// <summary>People with role and affiliation.</summary>
    public IReadOnlyList<GoldPerson> People { get; init; } = [];

    /// <summary>Organisation names.</summary>
    public IReadOnlyList<string> Organizations { get; init; } = [];

    /// <summary>Country names.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Region names.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Place names.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];
}

/// <summary>A gold person.</summary>
public sealed record GoldPerson(string Name, string? Role, string? Affiliation, IReadOnlyList<string>? Mentions);

/// <summary>Source-generated JSON for the gold format.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(GoldExample))]
internal sealed partial class GoldJsonContext : JsonSerializerContext;
