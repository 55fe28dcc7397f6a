using Sitrep.Evaluation.Scoring;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Evaluation.Polnear;

/// <summary>
/// Writes one line per direct-quote miss and false alarm of an article, with the gold or predicted
/// content and what overlaps it on the other side, and one line per missed attribution with its gold
/// cue (any kind), so error analysis reads text rather than offsets.
/// </summary>
public static class PolnearErrors
{
    /// <summary>Appends the article's errors to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, PolnearArticle article, IReadOnlyList<QuoteRecord> quotes)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var quoted = PolnearLabels.QuotedCharacters(text);
        var gold = article.Attributions.Where(g => PolnearLabels.KindOf(text, quoted, g.Content) == QuoteKind.Direct).ToList();
        var predicted = quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        var pairs = SpanMatcher.Match([.. gold.Select(g => g.ContentHull)], [.. predicted.Select(q => q.Content)]);
        var matchedGold = pairs.Select(p => p.Gold).ToHashSet();
        var matchedPredicted = pairs.Select(p => p.Predicted).ToHashSet();
        for (var g = 0; g < gold.Count; g++)
        {
            if (!matchedGold.Contains(g))
            {
                var hull = gold[g].ContentHull;
                var near = quotes.FirstOrDefault(q => q.Content.Overlaps(hull));
                writer.WriteLine($"MISS {article.Name} gold=[{Show(text, hull)}] near={(near is null ? "-" : $"{ReportJson.NameOf(near.Kind)}:[{Show(text, near.Content)}]")}");
            }
        }

        var all = SpanMatcher.Match([.. article.Attributions.Select(g => g.ContentHull)], [.. quotes.Select(q => q.Content)]);
        var matchedAll = all.Select(p => p.Gold).ToHashSet();
        for (var g = 0; g < article.Attributions.Count; g++)
        {
            if (!matchedAll.Contains(g) && article.Attributions[g].Cue.Count > 0)
            {
                var attribution = article.Attributions[g];
                var cue = string.Join(" ", attribution.Cue.Select(c => text[c.Start..c.End])).ToLowerInvariant();
                var source = string.Join(" ", attribution.Source.Select(s => text[s.Start..s.End]));
                var near = quotes.FirstOrDefault(q => q.Content.Overlaps(attribution.ContentHull));
                writer.WriteLine($"CUEMISS {cue}\tsource=[{source}]\t[{Show(text, attribution.ContentHull)}]\tnear={(near is null ? "-" : $"[{Show(text, near.Content)}]")}\tcontext=[{Show(text, Around(text, attribution.Cue[0]))}]");
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!matchedPredicted.Contains(p))
            {
                var content = predicted[p].Content;
                var near = article.Attributions.FirstOrDefault(a => a.ContentHull.Overlaps(content));
                writer.WriteLine($"FALSE {article.Name} predicted=[{Show(text, content)}] near={(near is null ? "-" : $"[{Show(text, near.ContentHull)}]")}");
            }
        }
    }

    private static TextSpan Around(string text, TextSpan span) =>
        new(Math.Max(0, span.Start - 160), Math.Min(text.Length, span.End + 160));

    private static string Show(string text, TextSpan span) =>
        text[span.Start..span.End].ReplaceLineEndings(" ⏎ ");
}
