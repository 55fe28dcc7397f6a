using System.Text.Json.Serialization;

namespace Sitrep.Evaluation.Articles;

/// <summary>
/// The gold answer of one article of <c>../shared/data/articles/&lt;lang&gt;/NNN.gold.json</c>: quotes and
/// violent events by their text (no offsets; <see cref="ArticleReader"/> finds them in the body).
/// </summary>
public sealed record ArticleGold
{
    /// <summary>Every direct quote and every indirect quote of a named or role-named source.</summary>
    public IReadOnlyList<ArticleGoldQuote> Quotes { get; init; } = [];

    /// <summary>One event per place per incident, plus summaries.</summary>
    public IReadOnlyList<ArticleGoldEvent> Events { get; init; } = [];
}

/// <summary>One gold quote.</summary>
public sealed record ArticleGoldQuote
{
    /// <summary>Exact substring of the body, without surrounding quote marks.</summary>
    public required string Text { get; init; }

    /// <summary>direct, mixed or indirect.</summary>
    public string? Kind { get; init; }

    /// <summary>Fullest name as written (English), "mayor of Kharkiv (unnamed)" for unnamed sources.</summary>
    public string? Speaker { get; init; }

    /// <summary>The speaker as written in a Ukrainian or Russian text.</summary>
    public string? SpeakerNative { get; init; }

    /// <summary>The reporting cue.</summary>
    public string? Cue { get; init; }
}

/// <summary>One gold violent event (names in English, evidence in the original text).</summary>
public sealed record ArticleGoldEvent
{
    /// <summary>drone strike, missile strike, shelling, battle, ..., or summary.</summary>
    public string? Type { get; init; }

    /// <summary>Attacking side.</summary>
    public string? Actor { get; init; }

    /// <summary>Place as written (English).</summary>
    public string? Location { get; init; }

    /// <summary>Normalised admin-1 ("Kharkiv Oblast", "Kyiv City"); null for a country-level event.</summary>
    public string? Admin1 { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }

    /// <summary>People killed (null: not stated).</summary>
    public int? Killed { get; init; }

    /// <summary>People injured (null: not stated).</summary>
    public int? Injured { get; init; }

    /// <summary>Munitions launched.</summary>
    public int? MunitionsCount { get; init; }

    /// <summary>Munitions intercepted.</summary>
    public int? MunitionsIntercepted { get; init; }

    /// <summary>Weapon as written.</summary>
    public string? Weapon { get; init; }

    /// <summary>Target as written.</summary>
    public string? Target { get; init; }

    /// <summary>The date phrase.</summary>
    public string? DateText { get; init; }

    /// <summary>The resolved date.</summary>
    public string? Date { get; init; }

    /// <summary>Exact substrings of the body joined by <c> [...] </c>.</summary>
    public string? Evidence { get; init; }

    /// <summary>Alternatives and remarks; figures named here also count as right.</summary>
    public string? Note { get; init; }

    /// <summary>True for a nationwide or region-wide total.</summary>
    [JsonIgnore]
    public bool IsSummary => string.Equals(Type, "summary", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Source-generated JSON for the articles gold format (snake_case keys).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ArticleGold))]
internal sealed partial class ArticleGoldJsonContext : JsonSerializerContext;
