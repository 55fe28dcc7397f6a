using Npgsql;
using Sitrep.Corpus.Store;
using Sitrep.Corpus.Store.Postgres;
using Sitrep.Corpus.Store.Sqlite;

namespace Sitrep.Corpus.Tests;

/// <summary>
/// Opens an empty store of either backend. SQLite always runs; PostgreSQL runs when SITREP_TEST_POSTGRES
/// holds a connection string (CI starts a throwaway cluster, see .ci/postgres) and is reported as skipped,
/// with the reason, otherwise. Each PostgreSQL store lives in its own schema, dropped afterwards.
/// </summary>
internal sealed class TestStore : IDisposable
{
    public const string Variable = "SITREP_TEST_POSTGRES";

    public static TheoryData<string> Backends => new("sqlite", "postgres");

    private readonly Action cleanup;

    private TestStore(ICorpusStore store, string db, Action cleanup)
    {
        Store = store;
        Db = db;
        this.cleanup = cleanup;
    }

    public ICorpusStore Store { get; }

    /// <summary>What to pass as --db to reach the same store.</summary>
    public string Db { get; }

    public static TestStore Open(string backend)
    {
        if (backend == "sqlite")
        {
            var folder = Path.Combine(Path.GetTempPath(), "sitrep-store-" + Guid.NewGuid().ToString("N"));
            var path = Path.Combine(folder, "corpus.db");
            return new TestStore(new SqliteCorpusStore(path), path, () => Directory.Delete(folder, recursive: true));
        }

        var connection = PostgresConnectionOrSkip();
        var schema = "t" + Guid.NewGuid().ToString("N")[..16];
        Admin(connection, $"CREATE SCHEMA {schema}");
        var scoped = new NpgsqlConnectionStringBuilder(connection) { SearchPath = schema }.ConnectionString;
        return new TestStore(new PostgresCorpusStore(scoped), scoped, () => Admin(connection, $"DROP SCHEMA {schema} CASCADE"));
    }

    public static string PostgresConnectionOrSkip()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value)
        {
            return value;
        }

        Assert.Skip($"PostgreSQL backend skipped: set {Variable} to a connection string (.ci/postgres starts a throwaway cluster)");
        return "";
    }

    private static void Admin(string connectionString, string sql)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Store.Dispose();
        cleanup();
    }
}
