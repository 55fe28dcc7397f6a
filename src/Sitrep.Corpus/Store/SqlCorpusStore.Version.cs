using Dapper;

namespace Sitrep.Corpus.Store;

// The change counter of migration 030 (store_version), for caches over the store.
public abstract partial class SqlCorpusStore : IStoreVersion
{
    /// <inheritdoc/>
    public long Version()
    {
        using var connection = OpenConnection();
        return connection.ExecuteScalar<long>("SELECT version FROM store_version WHERE id = 1");
    }
}
