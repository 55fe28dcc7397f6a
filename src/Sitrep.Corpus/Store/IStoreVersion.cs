namespace Sitrep.Corpus.Store;

/// <summary>
/// A number that changes whenever documents, events or reviews change (migration 030, bumped by triggers in
/// the writing transaction), so results built from them can be cached until it moves.
/// </summary>
public interface IStoreVersion
{
    /// <summary>
    /// The committed version. Read it before the data a cached result is built from: the data is then at
    /// least as new as the version it is filed under.
    /// </summary>
    long Version();
}
