using System.Text.Json;
using Sitrep.Evaluation.Scoring;
using Sitrep.Reporting;

namespace Sitrep.Evaluation.Muc4;

/// <summary>
/// MUC-4 role fillers (GRIT format: per document, role -> gold entities, each a list of mention
/// strings). Sitrep's violent events give role fillers from their evidence: weapon spans fill
/// <c>incident_instrument_id</c>, target-type spans fill <c>phys_tgt_id</c>, actor spans fill
/// <c>perp_organization_id</c>. A predicted string is right when it equals (ignoring case) a mention
/// of a gold entity not yet matched. Micro P/R/F1 per role and over the mapped roles, plus recall over
/// all five roles. Research-only data, read at run time.
/// </summary>
public static class Muc4Evaluation
{
    /// <summary>The task name used for floors.</summary>
    public const string Task = "muc4";

    private static readonly (string Role, string Field)[] Mapped =
    [
        ("incident_instrument_id", "weapon"),
        ("phys_tgt_id", "targetType"),
        ("perp_organization_id", "actors"),
    ];

    /// <summary>One document: its text and gold entities per role.</summary>
    public sealed record Doc(string Text, IReadOnlyDictionary<string, List<List<string>>> Roles);

    /// <summary>Reads a GRIT-format JSON file.</summary>
    /// <exception cref="InvalidDataException">The file is not in that format.</exception>
    public static IReadOnlyList<Doc> Read(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            return [.. json.RootElement.EnumerateObject().Select(d => new Doc(
                d.Value.GetProperty("doc").GetString() ?? "",
                d.Value.GetProperty("roles").EnumerateObject().ToDictionary(
                    r => r.Name,
                    r => r.Value.EnumerateArray().Select(e => e.EnumerateArray().Select(m => m.GetString() ?? "").ToList()).ToList())))];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new InvalidDataException($"{path}: not a MUC-4 role-filler file ({e.Message})", e);
        }
    }

    /// <summary>Scores every document.</summary>
    public static MetricSet Score(Analyzer analyzer, IReadOnlyList<Doc> docs)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(docs);
        var byRole = Mapped.ToDictionary(m => m.Role, _ => new Prf());
        var allGold = 0;
        foreach (var doc in docs)
        {
            var report = analyzer.Analyze(doc.Text);
            allGold += doc.Roles.Values.Sum(r => r.Count);
            foreach (var (role, field) in Mapped)
            {
                var predicted = report.Events.Where(e => e.Category == EventCategory.Violence)
                    .SelectMany(e => e.Evidence.Where(v => v.Field == field))
                    .Select(v => doc.Text[v.Start..v.End].Trim())
                    .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                var gold = doc.Roles.TryGetValue(role, out var entities) ? entities : [];
                byRole[role] += new Prf(Matches(predicted, gold), predicted.Count, gold.Count);
            }
        }

        var metrics = new MetricSet(Task);
        var mapped = new Prf();
        foreach (var (role, counts) in byRole)
        {
            metrics.Add(role, counts);
            mapped += counts;
        }

        metrics.Add("mapped", mapped);
        metrics.Add("all_roles.f1", new Prf(mapped.Correct, mapped.Predicted, allGold).F1, $"{mapped.Correct} correct / {allGold} gold entities over 5 roles");
        return metrics;
    }

    private static int Matches(List<string> predicted, List<List<string>> gold)
    {
        var used = new HashSet<int>();
        var correct = 0;
        foreach (var p in predicted)
        {
            var index = gold.FindIndex(g => !used.Contains(gold.IndexOf(g)) && g.Exists(m => string.Equals(m.Trim(), p, StringComparison.OrdinalIgnoreCase)));
            if (index >= 0)
            {
                used.Add(index);
                correct++;
            }
        }

        return correct;
    }
}
