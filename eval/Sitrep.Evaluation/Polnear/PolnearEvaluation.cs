using System.Globalization;
using Sitrep.Evaluation.Scoring;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Evaluation.Polnear;

/// <summary>
/// Scores the quote stage on a PolNeAR split. Contents match under <see cref="SpanMatcher"/>'s overlap
/// rule (discontinuous spans as hulls) or exactly after <see cref="PolnearLabels.Normalise"/>; cues
/// match one-to-one on any overlap; a matched quote's source is right when the spans overlap or both
/// are absent. Counts are summed over all articles (micro-averaged).
/// </summary>
public static class PolnearEvaluation
{
    /// <summary>The task name used for floors.</summary>
    public const string Task = "polnear";

    private static readonly string[] Kinds = ["direct", "mixed", "indirect"];
    private static readonly string[] SourceTypes = ["name", "pronoun", "nominal", "none"];

    /// <summary>Analyzes every article and returns the metrics; errors (see <see cref="PolnearErrors"/>) go to <paramref name="errors"/> when given.</summary>
    public static MetricSet Score(Analyzer analyzer, IReadOnlyList<PolnearArticle> articles, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var tally = new Tally();
        foreach (var article in articles)
        {
            var report = analyzer.Analyze(article.Text);
            Score(article, report.Quotes, tally);
            if (errors is not null)
            {
                PolnearErrors.Write(errors, article, report.Quotes);
            }
        }

        var metrics = new MetricSet(Task);
        metrics.Add("polnear.articles", articles.Count, "");
        metrics.Add("polnear.direct.content", tally.Get("direct"));
        metrics.Add("polnear.direct.content_exact", tally.Get("direct.exact"));
        Share(metrics, "polnear.direct.source_accuracy", tally, "direct.source");
        metrics.Add("polnear.all.content", tally.Get("all"));
        metrics.Add("polnear.all.content_exact", tally.Get("all.exact"));
        Share(metrics, "polnear.all.source_accuracy", tally, "all.source");
        metrics.Add("polnear.cue", tally.Get("cue"));
        foreach (var kind in Kinds)
        {
            metrics.Add($"polnear.kind.{kind}", tally.Get("kind." + kind));
        }

        foreach (var type in SourceTypes)
        {
            Share(metrics, $"polnear.source_type.{type}.content_recall", tally, "type." + type);
            Share(metrics, $"polnear.source_type.{type}.source_accuracy", tally, "type." + type + ".source");
        }

        metrics.Add("polnear.speech.content", tally.Get("speech"));
        metrics.Add("polnear.speech.content_exact", tally.Get("speech.exact"));
        Share(metrics, "polnear.speech.source_accuracy", tally, "speech.source");
        metrics.Add("polnear.speech.cue", tally.Get("speech.cue"));
        return metrics;
    }

    private static void Score(PolnearArticle article, IReadOnlyList<QuoteRecord> quotes, Tally tally)
    {
        var text = article.Text;
        var gold = article.Attributions;
        var quoted = PolnearLabels.QuotedCharacters(text);
        var goldKinds = gold.Select(g => ReportJson.NameOf(PolnearLabels.KindOf(text, quoted, g.Content))).ToList();
        var predictedKinds = quotes.Select(q => ReportJson.NameOf(q.Kind)).ToList();

        Contents(tally, "all", article, gold, quotes, _ => true, _ => true);
        Contents(tally, "direct", article, gold, quotes, g => goldKinds[g] == "direct", p => predictedKinds[p] == "direct");
        foreach (var kind in Kinds)
        {
            var pairs = Contents(null, "", article, gold, quotes, g => goldKinds[g] == kind, p => predictedKinds[p] == kind);
            tally.Add("kind." + kind, new Prf(pairs.Count, predictedKinds.Count(k => k == kind), goldKinds.Count(k => k == kind)));
        }

        var speechGold = gold.Select(g => PolnearLabels.IsSpeech(text, g.Cue)).ToList();
        var speechPredicted = quotes.Select(q => q.Cue is { } c && PolnearLabels.IsSpeech(text, [c])).ToList();
        Contents(tally, "speech", article, gold, quotes, g => speechGold[g], p => speechPredicted[p]);

        var all = SpanMatcher.Match([.. gold.Select(g => g.ContentHull)], [.. quotes.Select(q => q.Content)]);
        foreach (var type in SourceTypes)
        {
            var ofType = Enumerable.Range(0, gold.Count).Where(g => PolnearLabels.SourceType(text, gold[g].Source) == type).ToList();
            var matched = all.Where(pair => ofType.Contains(pair.Gold)).ToList();
            tally.Add("type." + type, new Prf(matched.Count, ofType.Count, ofType.Count));
            tally.Add("type." + type + ".source", new Prf(matched.Count(pair => SourceRight(gold[pair.Gold], quotes[pair.Predicted])), matched.Count, matched.Count));
        }

        Cues(tally, "cue", gold, quotes, _ => true, _ => true);
        Cues(tally, "speech.cue", gold, quotes, g => speechGold[g], p => speechPredicted[p]);
    }

    private static List<(int Gold, int Predicted)> Contents(Tally? tally, string name, PolnearArticle article,
        IReadOnlyList<PolnearAttribution> gold, IReadOnlyList<QuoteRecord> quotes, Func<int, bool> goldIn, Func<int, bool> predictedIn)
    {
        var g = Enumerable.Range(0, gold.Count).Where(goldIn).ToList();
        var p = Enumerable.Range(0, quotes.Count).Where(predictedIn).ToList();
        var pairs = SpanMatcher.Match([.. g.Select(i => gold[i].ContentHull)], [.. p.Select(i => quotes[i].Content)])
            .Select(pair => (g[pair.Gold], p[pair.Predicted])).ToList();
        if (tally is null)
        {
            return pairs;
        }

        tally.Add(name, new Prf(pairs.Count, p.Count, g.Count));
        var exactGold = g.Select(i => PolnearLabels.Normalise(article.Text, gold[i].ContentHull)).ToList();
        var exactPredicted = p.Select(i => PolnearLabels.Normalise(article.Text, quotes[i].Content)).ToList();
        var used = new HashSet<int>();
        var exact = exactGold.Count(s => exactPredicted.FindIndex(x => x == s) is var at && at >= 0 && Take(exactPredicted, s, used));
        tally.Add(name + ".exact", new Prf(exact, p.Count, g.Count));
        var sources = pairs.Count(pair => SourceRight(gold[pair.Item1], quotes[pair.Item2]));
        tally.Add(name + ".source", new Prf(sources, pairs.Count, pairs.Count));
        return pairs;
    }

    private static bool Take(List<string> predicted, string s, HashSet<int> used)
    {
        for (var i = 0; i < predicted.Count; i++)
        {
            if (predicted[i] == s && used.Add(i))
            {
                return true;
            }
        }

        return false;
    }

    private static void Cues(Tally tally, string name, IReadOnlyList<PolnearAttribution> gold, IReadOnlyList<QuoteRecord> quotes,
        Func<int, bool> goldIn, Func<int, bool> predictedIn)
    {
        var g = Enumerable.Range(0, gold.Count).Where(i => goldIn(i) && gold[i].Cue.Count > 0).Select(i => PolnearAttribution.Hull(gold[i].Cue)).ToList();
        var p = Enumerable.Range(0, quotes.Count).Where(i => predictedIn(i) && quotes[i].Cue is not null).Select(i => quotes[i].Cue!.Value).ToList();
        var pairs = SpanMatcher.Match(g, p, (a, b) => g[a].Overlaps(p[b]));
        tally.Add(name, new Prf(pairs.Count, p.Count, g.Count));
    }

    private static bool SourceRight(PolnearAttribution gold, QuoteRecord predicted) =>
        gold.Source.Count == 0 ? predicted.Source is null : predicted.Source is { } s && gold.Source.Any(g => g.Overlaps(s));

    private static void Share(MetricSet metrics, string name, Tally tally, string key)
    {
        var counts = tally.Get(key);
        metrics.AddShare(name, counts.Correct, counts.Gold);
    }

    /// <summary>Counts summed over articles.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, Prf> _counts = [];

        public void Add(string key, Prf counts) => _counts[key] = _counts.GetValueOrDefault(key) + counts;

        public Prf Get(string key) => _counts.GetValueOrDefault(key);
    }
}
