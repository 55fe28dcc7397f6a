using Sitrep.Evaluation.Scoring;
using Sitrep.Events;
using Sitrep.Reporting;

namespace Sitrep.Evaluation.Case;

/// <summary>
/// CASE 2021 task 2 (ACLED sub-event classification of news snippets): each snippet is analyzed and
/// labelled with the sub-event code of its first non-statement event (a statement alone gives DIPLO,
/// nothing gives NONE). Reports weighted F1 over the 25 ACLED classes (weights are gold support; a
/// class never predicted scores 0; predictions on snippets of the 5 non-ACLED classes count as false
/// positives), macro F1 and accuracy. The data is research-only: it is read at run time, never shipped.
/// </summary>
public static class CaseEvaluation
{
    /// <summary>The task name used for floors.</summary>
    public const string Task = "case";

    /// <summary>Reads the TSV (<c>id, EventSnippet, SubType</c> with a header line).</summary>
    /// <exception cref="InvalidDataException">A line does not have three fields.</exception>
    public static IReadOnlyList<(string Text, string Label)> Read(string path)
    {
        var rows = new List<(string, string)>();
        foreach (var line in File.ReadLines(path).Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split('\t');
            if (fields.Length < 3)
            {
                throw new InvalidDataException($"{path}: expected 3 tab-separated fields in '{line}'");
            }

            rows.Add((fields[1], fields[2].Trim()));
        }

        return rows;
    }

    /// <summary>The label Sitrep gives one snippet.</summary>
    public static string Predict(Analyzer analyzer, string snippet)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var events = analyzer.Analyze(snippet).Events;
        var coded = events.FirstOrDefault(e => e.Category != EventCategory.Statement);
        return coded is not null ? AcledType.CodeOf(coded.SubEventType) ?? "NONE"
            : events.Count > 0 ? "DIPLO" : "NONE";
    }

    /// <summary>Scores every row; returns the metrics and the predictions in row order.</summary>
    public static (MetricSet Metrics, IReadOnlyList<string> Predicted) Score(Analyzer analyzer, IReadOnlyList<(string Text, string Label)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var predicted = rows.Select(r => Predict(analyzer, r.Text)).ToList();
        var metrics = new MetricSet(Task);
        var classes = AcledType.ByCode.Keys.Order(StringComparer.Ordinal).ToList();
        var support = rows.Count(r => AcledType.ByCode.ContainsKey(r.Label));
        double weighted = 0, macro = 0;
        foreach (var c in classes)
        {
            var gold = rows.Count(r => r.Label == c);
            var guessed = predicted.Count(p => p == c);
            var correct = rows.Select((r, i) => r.Label == c && predicted[i] == c).Count(x => x);
            var f1 = new Prf(correct, guessed, gold).F1;
            weighted += f1 * gold;
            macro += f1;
        }

        metrics.Add("weighted_f1", support == 0 ? 0 : weighted / support, $"{classes.Count} ACLED classes, {support} snippets");
        metrics.Add("macro_f1", macro / classes.Count, $"{classes.Count} ACLED classes");
        metrics.AddShare("accuracy", rows.Select((r, i) => r.Label == predicted[i]).Count(x => x), rows.Count);
        return (metrics, predicted);
    }
}
