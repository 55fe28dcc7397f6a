using Sitrep.Evaluation.Scoring;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Evaluation.Articles;

/// <summary>One predicted quote unit: a quote, or one part of a quote an attribution interrupts.</summary>
/// <param name="Quote">The quote.</param>
/// <param name="Span">The trimmed span of the unit.</param>
internal readonly record struct QuoteUnit(QuoteRecord Quote, TextSpan Span);

/// <summary>
/// Quotes under the articles rules: trimmed spans, the overlap rule one to one best first (a quote
/// with <c>contentParts</c> matched part by part), exact spans, speakers and kinds on found pairs.
/// </summary>
internal static class ArticleQuoteScoring
{
    private const string QuoteMarks = "\"“”„«»'‘’‹›‟";
    private const string TrailingPunctuation = ".,;:!?…—–";

    /// <summary>Counts for one article; misses go to <paramref name="misses"/>.</summary>
    public static QuoteCounts Score(Article article, Report report, List<string> misses)
    {
        var body = article.Body;
        var gold = LocateQuotes(article);
        var units = report.Quotes
            .SelectMany(q => (q.ContentParts is { Count: > 0 } parts ? parts : [q.Content]).Select(s => new QuoteUnit(q, Trim(body, s))))
            .Where(u => u.Span.Length > 0)
            .ToList();
        var goldSpans = gold.Select(g => g.Span).ToList();
        var pairs = SpanMatcher.Match(goldSpans, [.. units.Select(u => u.Span)]);
        var entities = report.Entities.ToDictionary(e => e.Id);

        var counts = new QuoteCounts { Gold = gold.Count, Predicted = units.Count, Found = pairs.Count };
        foreach (var (g, p) in pairs)
        {
            var unit = units[p];
            var goldQuote = gold[g].Quote;
            counts.Exact += unit.Span == goldSpans[g] ? 1 : 0;
            if (SpeakerRight(goldQuote, unit.Quote, entities, body))
            {
                counts.SpeakerRight++;
            }
            else
            {
                misses.Add($"{article.Name} quote speaker: gold '{goldQuote.Speaker}', predicted '{PredictedSpeaker(unit.Quote, entities, body)}' | {Clip(body, goldSpans[g])}");
            }

            counts.KindRight += SurfaceKind(body, unit.Quote.Content) == goldQuote.Kind ? 1 : 0;
        }

        var foundGold = pairs.Select(p => p.Gold).ToHashSet();
        var foundPredicted = pairs.Select(p => p.Predicted).ToHashSet();
        for (var g = 0; g < gold.Count; g++)
        {
            if (!foundGold.Contains(g))
            {
                misses.Add($"{article.Name} quote missed ({gold[g].Quote.Kind}, {gold[g].Quote.Speaker}): {Clip(body, goldSpans[g])}");
            }
        }

        for (var p = 0; p < units.Count; p++)
        {
            if (!foundPredicted.Contains(p))
            {
                misses.Add($"{article.Name} quote spurious ({ReportJson.NameOf(units[p].Quote.Kind)}): {Clip(body, units[p].Span)}");
            }
        }

        return counts;
    }

    /// <summary>Direct when the content is wholly inside quote marks, mixed when it holds a quoted fragment, else indirect.</summary>
    public static string SurfaceKind(string body, TextSpan content)
    {
        var text = body[content.Start..content.End].Trim();
        var marks = text.Count(c => QuoteMarks.Contains(c, StringComparison.Ordinal) && c != '\'' && c != '’');
        if (marks == 0)
        {
            return "indirect";
        }

        var trimmed = text.TrimEnd(TrailingPunctuation.ToCharArray()).TrimEnd();
        var opens = trimmed.Length > 0 && QuoteMarks.Contains(trimmed[0], StringComparison.Ordinal);
        var closes = trimmed.Length > 0 && QuoteMarks.Contains(trimmed[^1], StringComparison.Ordinal);
        return opens && closes && marks <= 2 ? "direct" : "mixed";
    }

    /// <summary>Drops edge white space and quote marks and trailing punctuation.</summary>
    public static TextSpan Trim(string body, TextSpan span)
    {
        int start = span.Start, end = Math.Min(span.End, body.Length);
        var changed = true;
        while (changed && start < end)
        {
            changed = false;
            while (start < end && (char.IsWhiteSpace(body[start]) || QuoteMarks.Contains(body[start], StringComparison.Ordinal)))
            {
                start++;
                changed = true;
            }

            while (end > start && (char.IsWhiteSpace(body[end - 1]) || QuoteMarks.Contains(body[end - 1], StringComparison.Ordinal)
                || TrailingPunctuation.Contains(body[end - 1], StringComparison.Ordinal)))
            {
                end--;
                changed = true;
            }
        }

        return new TextSpan(start, end);
    }

    private static List<(ArticleGoldQuote Quote, TextSpan Span)> LocateQuotes(Article article)
    {
        var located = new List<(ArticleGoldQuote, TextSpan)>();
        var from = 0;
        foreach (var quote in article.Gold.Quotes)
        {
            var at = article.Body.IndexOf(quote.Text, from, StringComparison.Ordinal);
            at = at >= 0 ? at : article.Body.IndexOf(quote.Text, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;  // gold text not in the body: a gold defect, not the engine's miss
            }

            located.Add((quote, Trim(article.Body, new TextSpan(at, at + quote.Text.Length))));
            from = at;
        }

        return located;
    }

    private static bool SpeakerRight(ArticleGoldQuote gold, QuoteRecord quote, Dictionary<string, EntityRecord> entities, string body)
    {
        var candidates = new List<string?>();
        if (quote.Speaker is { } id && entities.TryGetValue(id, out var entity))
        {
            candidates.Add(entity.Name);
            candidates.Add(entity.Role);
        }

        if (quote.Source is { } source)
        {
            candidates.Add(body[source.Start..source.End]);
        }

        return candidates.Any(c => ArticleNames.SameSpeaker(gold.Speaker, c) || ArticleNames.SameSpeaker(gold.SpeakerNative, c));
    }

    private static string PredictedSpeaker(QuoteRecord quote, Dictionary<string, EntityRecord> entities, string body) =>
        quote.Speaker is { } id && entities.TryGetValue(id, out var e) ? e.Name
        : quote.Source is { } s ? body[s.Start..s.End] : "-";

    internal static string Clip(string body, TextSpan span)
    {
        var text = body[span.Start..Math.Min(span.End, body.Length)].Replace('\n', ' ');
        return text.Length <= 140 ? text : text[..137] + "...";
    }
}

/// <summary>Quote counts, summed over articles.</summary>
internal sealed class QuoteCounts
{
    public int Gold { get; set; }
    public int Predicted { get; set; }
    public int Found { get; set; }
    public int Exact { get; set; }
    public int SpeakerRight { get; set; }
    public int KindRight { get; set; }

    public void Add(QuoteCounts other)
    {
        Gold += other.Gold;
        Predicted += other.Predicted;
        Found += other.Found;
        Exact += other.Exact;
        SpeakerRight += other.SpeakerRight;
        KindRight += other.KindRight;
    }
}
