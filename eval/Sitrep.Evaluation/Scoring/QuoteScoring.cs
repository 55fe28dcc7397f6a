using System.Globalization;
using Sitrep.Evaluation.Gold;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Evaluation.Scoring;

/// <summary>
/// Attributions against gold: content spans under the overlap rule (one-to-one, across kinds), then
/// per kind (kind must agree), and speakers (the resolved entity's name must match; surname is enough).
/// </summary>
public static class QuoteScoring
{
    /// <summary>Adds <c>quotes.*</c> metrics.</summary>
    public static void Score(GoldExample gold, Report report, MetricSet metrics)
    {
        var goldSpans = gold.Attributions.Select(a => new TextSpan(a.Start, a.End)).ToList();
        var predictedSpans = report.Quotes.Select(q => q.Content).ToList();
        var pairs = SpanMatcher.Match(goldSpans, predictedSpans);
        var names = report.Entities.ToDictionary(e => e.Id, e => e.Name);

        bool SpeakerRight(int g, int p) =>
            report.Quotes[p].Speaker is { } id && names.TryGetValue(id, out var name) && Names.Same(gold.Attributions[g].Speaker, name);

        metrics.Add("quotes.all", new Prf(pairs.Count, predictedSpans.Count, goldSpans.Count));
        metrics.Add("quotes.all_with_speaker", new Prf(pairs.Count(pair => SpeakerRight(pair.Gold, pair.Predicted)), predictedSpans.Count, goldSpans.Count));

        foreach (var kind in Enum.GetValues<QuoteKind>())
        {
            var label = ReportJson.NameOf(kind);
            var goldOfKind = gold.Attributions.Count(a => a.Kind == label);
            var predictedOfKind = report.Quotes.Count(q => q.Kind == kind);
            var sameKind = pairs.Where(pair => gold.Attributions[pair.Gold].Kind == label && report.Quotes[pair.Predicted].Kind == kind).ToList();
            metrics.Add($"quotes.{label}", new Prf(sameKind.Count, predictedOfKind, goldOfKind));
            var withSpeaker = sameKind.Count(pair => SpeakerRight(pair.Gold, pair.Predicted));
            metrics.Add($"quotes.{label}.with_speaker", withSpeaker,
                string.Create(CultureInfo.InvariantCulture, $"{withSpeaker} of {goldOfKind} gold {label} quotes found with the right kind and speaker"));
        }
    }
}
