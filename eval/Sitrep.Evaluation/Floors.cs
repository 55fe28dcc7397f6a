using System.Globalization;
using System.Text.Json;
using Sitrep.Evaluation.Scoring;

namespace Sitrep.Evaluation;

/// <summary>
/// Quality floors: per task, the lowest value each metric may take before CI fails. Read from a JSON
/// object <c>{ "task": { "metric": floor } }</c>. A floor naming a metric the task does not report
/// fails too, so a renamed metric cannot slip out of the gate.
/// </summary>
public sealed class Floors
{
    private readonly Dictionary<string, Dictionary<string, double>> _byTask;

    private Floors(Dictionary<string, Dictionary<string, double>> byTask) => _byTask = byTask;

    /// <summary>Reads floors from <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a floors object.</exception>
    public static Floors Read(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var byTask = json.RootElement.EnumerateObject().ToDictionary(
                task => task.Name,
                task => task.Value.EnumerateObject().ToDictionary(m => m.Name, m => m.Value.GetDouble()));
            return new Floors(byTask);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{path}: not a floors file ({e.Message})", e);
        }
    }

    /// <summary>Messages for every metric of <paramref name="metrics"/> below its floor (empty when all pass).</summary>
    public IReadOnlyList<string> Check(MetricSet metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (!_byTask.TryGetValue(metrics.Task, out var floors))
        {
            return [];
        }

        var failures = new List<string>();
        foreach (var (name, floor) in floors)
        {
            var value = metrics[name];
            if (value is null)
            {
                failures.Add($"{metrics.Task}: floor names '{name}', which the task does not report");
            }
            else if (value < floor - 1e-9)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{metrics.Task}: {name} = {value:0.###} is below its floor {floor:0.###}"));
            }
        }

        return failures;
    }
}
