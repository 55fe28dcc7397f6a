using System.Data.Common;
using Dapper;

namespace Sitrep.Corpus.Watches;

/// <summary>
/// The watches, loaded and indexed once (<see cref="WatchSet"/>) and reloaded only when the set changed (watches are
/// added and removed, never edited, and ids are never reused, so their count and highest id tell), which keeps a
/// store with a thousand watches from reading them all for every document.
/// </summary>
internal sealed class WatchCache
{
    private readonly Lock gate = new();
    private (long Count, long MaxId) seen = (-1, -1);
    private WatchSet watches = WatchSet.Empty;

    public WatchSet Get(DbConnection connection, DbTransaction? transaction)
    {
        var now = connection.QuerySingle<(long, long)>("SELECT count(*), coalesce(max(id), 0) FROM watches", transaction: transaction);
        lock (gate)
        {
            if (now != seen)
            {
                watches = new WatchSet(connection.Query<Watch>("SELECT * FROM watches ORDER BY id", transaction: transaction).ToList());
                seen = now;
            }

            return watches;
        }
    }
}
