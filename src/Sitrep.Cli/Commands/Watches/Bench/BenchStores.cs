using Npgsql;
using Sitrep.Corpus.Store;

namespace Sitrep.Cli.Commands.Watches.Bench;

/// <summary>Fresh stores for a benchmark: temporary SQLite files, or one new schema each in the PostgreSQL database <c>--db</c> names (dropped afterwards).</summary>
internal sealed class BenchStores(string? db, string folder) : IDisposable
{
    private readonly List<string> schemas = [];
    private int next;

    public string Backend => Postgres ? "postgres" : "sqlite";

    private bool Postgres => db is not null && CorpusStore.IsPostgres(db);

    public string NextDb()
    {
        var n = Interlocked.Increment(ref next);
        if (!Postgres)
        {
            return Path.Combine(folder, $"store-{n}.db");
        }

        var schema = $"bench_watch_{Guid.NewGuid():N}"[..28];
        Admin($"CREATE SCHEMA {schema}");
        schemas.Add(schema);
        return new NpgsqlConnectionStringBuilder(CorpusStore.ToConnectionString(db!)) { SearchPath = schema }.ConnectionString;
    }

    public ICorpusStore Next() => CorpusStore.Open(NextDb());

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var schema in schemas)
        {
            Admin($"DROP SCHEMA {schema} CASCADE");
        }
    }

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(CorpusStore.ToConnectionString(db!));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
