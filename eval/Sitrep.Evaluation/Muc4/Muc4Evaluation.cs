using System.Text.Json;
using Sitrep.Evaluation.Scoring;
using Sitrep.Reporting;

namespace Sitrep.Evaluation.Muc4;

/// <summary>
/// MUC-4 role fillers (GRIT format: per document, role -> gold entities, each a list of mention
/// strings). Sitrep's events give role fillers from their evidence (see <see cref="Muc4Fillers"/>).
/// A predicted string is right when it equals (ignoring case) a mention of a gold entity not yet
/// matched. Micro P/R/F1 per role, over the first three mapped roles and over all five roles (the
/// standard MUC-4 role-filler measure). Research-only data, read at run time.
/// </summary>
public static class Muc4Evaluation
{
    /// <summary>The task name used for floors.</summary>
    public const string Task = "muc4";

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
                Unwrap(d.Value.GetProperty("doc").GetString() ?? ""),
                d.Value.GetProperty("roles").EnumerateObject().ToDictionary(
                    r => r.Name,
                    r => r.Value.EnumerateArray().Select(e => e.EnumerateArray().Select(m => m.GetString() ?? "").ToList()).ToList())))];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new InvalidDataException($"{path}: not a MUC-4 role-filler file ({e.Message})", e);
        }
    }

    /// <summary>
    /// MUC-4 texts are hard-wrapped wire copy (FBIS, ~70 characters a line): a line break inside a
    /// paragraph becomes a space, so sentences are not cut at every line end. A blank line or an
    /// indented line still starts a paragraph. The length, and so every offset, stays the same.
    /// </summary>
    public static string Unwrap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            if (chars[i] == '\n' && i > 0 && chars[i - 1] != '\n' && !char.IsWhiteSpace(chars[i + 1]))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>Scores every document.</summary>
    public static MetricSet Score(Analyzer analyzer, IReadOnlyList<Doc> docs)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(docs);
        var byRole = Muc4Fillers.Roles.ToDictionary(r => r, _ => new Prf());
        var allGold = 0;
        foreach (var doc in docs)
        {
            var report = analyzer.Analyze(doc.Text);
            allGold += doc.Roles.Values.Sum(r => r.Count);
            foreach (var (role, predicted) in Muc4Fillers.Of(report, doc.Text))
            {
                var gold = doc.Roles.TryGetValue(role, out var entities) ? entities : [];
                byRole[role] += new Prf(Matches(predicted, gold), predicted.Count, gold.Count);
            }
        }

        var metrics = new MetricSet(Task);
        Prf all = new(), mapped = new();
        foreach (var (role, counts) in byRole)
        {
            metrics.Add(role, counts);
            all += counts;
            mapped += role is "perp_individual_id" or "hum_tgt_name" ? new Prf() : counts;
        }

        // "mapped": the three roles mapped first (instrument, physical target, perpetrator organisation).
        metrics.Add("mapped", mapped);
        metrics.Add("all_roles", all);
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
