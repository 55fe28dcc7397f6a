using System.Collections.Immutable;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Time;

/// <summary>
/// The time stage: every time phrase resolved against <see cref="DocumentInfo.Published"/> (nothing is
/// resolved when the publication date is unknown). A scan with a small grammar rather than
/// Microsoft.Recognizers.Text, which needs ~5 ms per 190 characters: far below the pipeline's speed floor.
/// </summary>
public sealed class TimeStage : IStage
{
    /// <inheritdoc />
    public string Name => "time";

    /// <inheritdoc />
    public IReadOnlyList<AnnotationKey> Needs { get; } = [TextAnnotations.Tokens];

    /// <inheritdoc />
    public IReadOnlyList<AnnotationKey> Produces { get; } = [TimeExpression.Key];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Info.Published is not { } published)
        {
            document.Set(TimeExpression.Key, []);
            return;
        }

        var tokens = document.Tokens.AsSpan();
        var grammar = new TimeGrammar(document.Text, tokens, published);
        var found = ImmutableArray.CreateBuilder<TimeExpression>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (grammar.Match(i) is { } match)
            {
                found.Add(match.Expression);
                i = match.Last;
            }
        }

        document.Set(TimeExpression.Key, found.ToImmutable());
    }
}
