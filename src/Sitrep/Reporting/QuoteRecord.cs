using Sitrep.Text;

namespace Sitrep.Reporting;

/// <summary>One reported statement and who made it.</summary>
public sealed record QuoteRecord
{
    /// <summary>Id such as <c>Q1</c>, stable within the report.</summary>
    public required string Id { get; init; }

    /// <summary>Direct (wholly inside quotation marks), mixed or indirect.</summary>
    public required QuoteKind Kind { get; init; }

    /// <summary>The whole reported content; for direct quotes including the marks.</summary>
    public required TextSpan Content { get; init; }

    /// <summary>The pieces when an attribution interrupts the content; otherwise null.</summary>
    public IReadOnlyList<TextSpan>? ContentParts { get; init; }

    /// <summary>The reporting verb or phrase ("said", "according to").</summary>
    public TextSpan? Cue { get; init; }

    /// <summary>The span naming the speaker: a name, a pronoun or a role.</summary>
    public TextSpan? Source { get; init; }

    /// <summary>Id of the resolved speaker entity.</summary>
    public string? Speaker { get; init; }

    /// <summary>Confidence in [0, 1].</summary>
    public double Confidence { get; init; }
}
