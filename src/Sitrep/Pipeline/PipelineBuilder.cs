namespace Sitrep.Pipeline;

/// <summary>
/// Collects stages in order and freezes them into an immutable <see cref="SitrepPipeline"/>.
/// Stages are placed relative to another stage's type, never by index, so extensions compose.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];

    /// <summary>Appends a stage.</summary>
    public PipelineBuilder Add(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Inserts a stage just before the first stage of type <typeparamref name="TAnchor"/>.</summary>
    public PipelineBuilder InsertBefore<TAnchor>(IStage stage) where TAnchor : IStage
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Insert(IndexOf<TAnchor>(), stage);
        return this;
    }

    /// <summary>Inserts a stage just after the first stage of type <typeparamref name="TAnchor"/>.</summary>
    public PipelineBuilder InsertAfter<TAnchor>(IStage stage) where TAnchor : IStage
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Insert(IndexOf<TAnchor>() + 1, stage);
        return this;
    }

    /// <summary>Removes every stage of type <typeparamref name="TStage"/>.</summary>
    public PipelineBuilder Remove<TStage>() where TStage : IStage
    {
        _stages.RemoveAll(s => s is TStage);
        return this;
    }

    /// <summary>True when a stage of type <typeparamref name="TStage"/> is present.</summary>
    public bool Contains<TStage>() where TStage : IStage => _stages.Exists(s => s is TStage);

    /// <summary>
    /// Checks that each stage's needs are produced by an earlier stage and that no annotation is
    /// produced twice, then returns the frozen pipeline.
    /// </summary>
    /// <exception cref="InvalidOperationException">The order does not satisfy a stage's needs.</exception>
    public SitrepPipeline Build()
    {
        var produced = new Dictionary<AnnotationKey, IStage>();
        foreach (var stage in _stages)
        {
            foreach (var need in stage.Needs)
            {
                if (!produced.ContainsKey(need))
                {
                    throw new InvalidOperationException(
                        $"Stage '{stage.Name}' needs '{need.Name}', which no earlier stage produces.");
                }
            }

            foreach (var output in stage.Produces)
            {
                if (produced.TryGetValue(output, out var earlier))
                {
                    throw new InvalidOperationException(
                        $"Stages '{earlier.Name}' and '{stage.Name}' both produce '{output.Name}'.");
                }

                produced.Add(output, stage);
            }
        }

        return new SitrepPipeline([.. _stages]);
    }

    private int IndexOf<TAnchor>()
    {
        var index = _stages.FindIndex(s => s is TAnchor);
        return index >= 0
            ? index
            : throw new InvalidOperationException($"No stage of type {typeof(TAnchor).Name} to place relative to.");
    }
}
