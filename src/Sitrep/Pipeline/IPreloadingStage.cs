namespace Sitrep.Pipeline;

/// <summary>
/// A stage whose data (a model, a gazetteer, lexicons) takes long enough to load that it pays to load it on
/// another core while the earlier stages run. The data stays lazy: nothing loads until a pipeline holding the
/// stage analyses its first document, so commands that never analyse never pay for it.
/// </summary>
public interface IPreloadingStage : IStage
{
    /// <summary>Loads what <see cref="IStage.Process"/> will need; thread-safe, and a no-op once loaded.</summary>
    void Preload();
}
