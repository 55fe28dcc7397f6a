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
        var postgres = Environment.GetEnvironmentVariable("SITREP_TEST_POSTGRES");
        if (backend == "postgres" && string.IsNullOrEmpty(postgres))
        {
            Assert.Skip("PostgreSQL backend skipped: set SITREP_TEST_POSTGRES to a connection string (.ci/postgres starts a throwaway cluster)");
        }

        // A fresh SQLite file, or a fresh schema in the test database (dropped afterwards).
        using var stores = new BenchStores(backend == "postgres" ? postgres : null, folder.Path);
        var outcome = await new CrashDrill(stores.NextDb(), folder.Path, documents: 12, new Random(17)).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(12, outcome.Notifications);
        Assert.Equal(0, outcome.Lost);
        Assert.Equal(0, outcome.Duplicated);
        Assert.True(outcome.Kills >= 1, "the drill killed nothing: it tested nothing");
    }
}
