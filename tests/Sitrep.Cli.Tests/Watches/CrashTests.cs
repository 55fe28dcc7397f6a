using Npgsql;
using Sitrep.Cli.Commands.Watches.Bench;

namespace Sitrep.Cli.Tests.Watches;

/// <summary>kill -9 of the ingest and of deliverers at random moments, on both backends: nothing lost, every repeat recognisable.</summary>
public sealed class CrashTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Killing_ingest_and_delivery_at_random_points_neither_loses_nor_blindly_duplicates_a_notification(string backend)
    {
        using var folder = new TempFolder();
        var (db, cleanup) = backend == "sqlite" ? (Path.Combine(folder.Path, "corpus.db"), (Action)(() => { })) : PostgresSchema();
        try
        {
            var outcome = await new CrashDrill(db, folder.Path, documents: 12, new Random(17)).RunAsync(TestContext.Current.CancellationToken);

            Assert.Equal(12, outcome.Notifications);
            Assert.Equal(0, outcome.Lost);
            Assert.Equal(0, outcome.Duplicated);
            Assert.True(outcome.Kills >= 1, "the drill killed nothing: it tested nothing");
        }
        finally
        {
            cleanup();
        }
    }

    private static (string Db, Action Cleanup) PostgresSchema()
    {
        var connection = Environment.GetEnvironmentVariable("SITREP_TEST_POSTGRES");
        if (string.IsNullOrEmpty(connection))
        {
            Assert.Skip("PostgreSQL backend skipped: set SITREP_TEST_POSTGRES to a connection string (.ci/postgres starts a throwaway cluster)");
        }

        var schema = "t" + Guid.NewGuid().ToString("N")[..16];
        Admin(connection, $"CREATE SCHEMA {schema}");
        return (new NpgsqlConnectionStringBuilder(connection) { SearchPath = schema }.ConnectionString, () => Admin(connection, $"DROP SCHEMA {schema} CASCADE"));
    }

    private static void Admin(string connectionString, string sql)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
