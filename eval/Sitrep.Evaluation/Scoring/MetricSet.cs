using System.Globalization;

namespace Sitrep.Evaluation.Scoring;

/// <summary>One measured figure.</summary>
/// <param name="Name">Dotted name, e.g. <c>quotes.direct.f1</c>.</param>
/// <param name="Value">The figure (ratios in [0, 1], counts as counts).</param>
/// <param name="Detail">Counts behind the figure, for people.</param>
public sealed record Metric(string Name, double Value, string Detail);

/// <summary>An ordered list of metrics for one evaluation task.</summary>
public sealed class MetricSet
{
    private readonly List<Metric> _metrics = [];

    /// <summary>Creates an empty set for <paramref name="task"/>.</summary>
    public MetricSet(string task) => Task = task;

    /// <summary>The task name (the key of its floors).</summary>
    public string Task { get; }

    /// <summary>The metrics in the order they were added.</summary>
    public IReadOnlyList<Metric> Metrics => _metrics;

    /// <summary>Adds one figure.</summary>
    public void Add(string name, double value, string detail = "") => _metrics.Add(new Metric(name, value, detail));

    /// <summary>Adds precision, recall and F1 under <paramref name="prefix"/>.</summary>
    public void Add(string prefix, Prf counts)
    {
        var detail = string.Create(CultureInfo.InvariantCulture, $"{counts.Correct} correct / {counts.Predicted} predicted / {counts.Gold} gold");
        Add(prefix + ".precision", counts.Precision, detail);
        Add(prefix + ".recall", counts.Recall, detail);
        Add(prefix + ".f1", counts.F1, detail);
    }

    /// <summary>Adds a share (correct out of total) under <paramref name="name"/>.</summary>
    public void AddShare(string name, int correct, int total) =>
        Add(name, total == 0 ? 1 : (double)correct / total, string.Create(CultureInfo.InvariantCulture, $"{correct} / {total}"));

    /// <summary>The value of <paramref name="name"/>, when present.</summary>
    public double? this[string name] => _metrics.Find(m => m.Name == name)?.Value;
}
