using Sitrep.Evaluation.Gold;
using Sitrep.Text;

namespace Sitrep.Evaluation.Scoring;

/// <summary>
/// Sentence split against gold: every gold evidence span that is a whole sentence (starts with a
/// capital, ends with terminal punctuation or at a line end) must be exactly one predicted sentence.
/// </summary>
public static class SentenceScoring
{
    /// <summary>Adds <c>sentences.exact</c>.</summary>
    public static void Score(GoldExample gold, Document document, MetricSet metrics)
    {
        var text = document.Text;
        var goldSentences = gold.Events.SelectMany(e => e.Evidence)
            .Concat(gold.Statements.Select(s => s.Evidence))
            .Select(e => new TextSpan(e.Start, e.End))
            .Where(s => IsWholeSentence(text, s))
            .Distinct()
            .ToList();
        var predicted = document.Sentences.Select(s => s.Span).ToHashSet();
        metrics.AddShare("sentences.exact", goldSentences.Count(predicted.Contains), goldSentences.Count);
    }

    private static bool IsWholeSentence(string text, TextSpan span) =>
        span.End <= text.Length && span.Length > 0 && char.IsUpper(text[span.Start])
        && (text[span.End - 1] is '.' or '!' or '?' || span.End == text.Length || text[span.End] is '\n' or '\r');
}
