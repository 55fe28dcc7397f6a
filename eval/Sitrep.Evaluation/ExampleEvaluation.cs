using System.Globalization;
using System.Text.Json;
using Sitrep.Evaluation.Gold;
using Sitrep.Evaluation.Scoring;
using Sitrep.Reporting;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores the engine on hand-made reference answers (<c>*.gold.json</c> beside <c>*.txt</c>): sentences,
/// quotes by kind with speakers, events with their fields, statements, entities and places.
/// </summary>
public static class ExampleEvaluation
{
    /// <summary>The task name used for floors.</summary>
    public const string Task = "example";

    /// <summary>Reads a gold file.</summary>
    /// <exception cref="InvalidDataException">The file is not valid gold JSON.</exception>
    public static GoldExample ReadGold(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), GoldJsonContext.Default.GoldExample)
                ?? throw new InvalidDataException($"{path}: holds null");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a gold file ({e.Message})", e);
        }
    }

    /// <summary>Analyzes <paramref name="text"/> and scores it against <paramref name="gold"/>.</summary>
    public static MetricSet Score(Analyzer analyzer, GoldExample gold, string text, string source)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(gold);
        DateOnly? published = DateOnly.TryParseExact(gold.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;
        var document = analyzer.Annotate(text, new DocumentInfo(source, null, published));
        var report = Analyzer.ToReport(document);
        var metrics = new MetricSet(Task);
        SentenceScoring.Score(gold, document, metrics);
        QuoteScoring.Score(gold, report, metrics);
        EventScoring.Score(gold, report, metrics);
        EntityScoring.Score(gold, report, metrics);
        return metrics;
    }
}
