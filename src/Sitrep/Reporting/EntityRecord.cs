using Sitrep.Text;

namespace Sitrep.Reporting;

/// <summary>One entity and every mention of it.</summary>
public sealed record EntityRecord
{
    /// <summary>Id such as <c>E1</c>, stable within the report.</summary>
    public required string Id { get; init; }

    /// <summary>Person, organization, country or group.</summary>
    public required EntityType Type { get; init; }

    /// <summary>The fullest name found ("Sergey Lavrov").</summary>
    public required string Name { get; init; }

    /// <summary>
    /// The name as the text writes it (in the nominative) when <see cref="Name"/> is its romanisation: Ukrainian
    /// and Russian person names ("Олег Синєгубов" for "Oleh Syniehubov"); null otherwise.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? NameNative { get; init; }

    /// <summary>Role or title, not part of the name ("Foreign Minister").</summary>
    public string? Role { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country the entity belongs to or is.</summary>
    public string? Affiliation { get; init; }

    /// <summary>Every mention: names, surnames, pronouns, role nominals.</summary>
    public IReadOnlyList<TextSpan> Mentions { get; init; } = [];
}
