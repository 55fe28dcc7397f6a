using System.Globalization;
using Sitrep.Evaluation.Scoring;

namespace Sitrep.Evaluation.Articles;

/// <summary>What one run over a folder of articles gives: the figures and every miss, one line each.</summary>
/// <param name="Metrics">Figures under the task <c>articles.&lt;lang&gt;</c>.</param>
/// <param name="Misses">Missed and spurious quotes and events, wrong speakers and wrong fields, with the evidence.</param>
public sealed record ArticleResult(MetricSet Metrics, IReadOnlyList<string> Misses);

/// <summary>
/// Whole-report quality on <c>../shared/data/articles/&lt;lang&gt;/</c> under the scoring rules of that
/// folder's README: quotes (overlap F1, exact, speaker and kind on found pairs) and violent events
/// (precision, recall, each field and all main fields on matched pairs, events in stories with no attack).
/// </summary>
public static class ArticleEvaluation
{
    /// <summary>Analyses every article of <paramref name="directory"/> and scores it; the task is named after the folder.</summary>
    /// <exception cref="InvalidDataException">A file is not in the articles format.</exception>
    public static ArticleResult Score(Analyzer analyzer, string directory)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var language = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        var quotes = new QuoteCounts();
        var events = new EventCounts();
        var storiesWithoutAttack = 0;
        var misses = new List<string>();
        foreach (var article in ArticleReader.ReadDirectory(directory))
        {
            var report = analyzer.Analyze(article.Body, new DocumentInfo($"{language}/{article.Name}.txt", null, article.Published));
            quotes.Add(ArticleQuoteScoring.Score(article, report, misses));
            events.Add(ArticleEventScoring.Score(article, report, misses));
            storiesWithoutAttack += article.Gold.Events.Count == 0 ? 1 : 0;
        }

        var metrics = new MetricSet($"articles.{language}");
        metrics.Add("quotes", new Prf(quotes.Found, quotes.Predicted, quotes.Gold));
        metrics.AddShare("quotes.exact", quotes.Exact, quotes.Found);
        metrics.AddShare("quotes.speaker_accuracy", quotes.SpeakerRight, quotes.Found);
        metrics.AddShare("quotes.kind_accuracy", quotes.KindRight, quotes.Found);
        metrics.Add("events.violence", new Prf(events.Matched, events.Predicted, events.Gold));
        foreach (var field in ArticleEventScoring.Fields)
        {
            metrics.AddShare($"events.{field}", events.Right.GetValueOrDefault(field), events.Matched);
        }

        metrics.AddShare("events.all_fields", events.AllRight, events.Matched);
        metrics.Add("events.in_stories_without_attack", events.InStoriesWithoutAttack,
            string.Create(CultureInfo.InvariantCulture, $"violent events in {storiesWithoutAttack} stories that report no attack (target 0)"));
        return new ArticleResult(metrics, misses);
    }
}
