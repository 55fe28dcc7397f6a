using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Sitrep.Corpus.Store;

/// <summary>
/// Applies the numbered SQL scripts embedded for one dialect (<c>001_initial.sql</c>, <c>002_...</c>) in
/// order, each in its own transaction, recording the version in <c>schema_migrations</c>. Both backends
/// carry the same versions with the same meaning.
/// </summary>
internal static class Migrator
{
    /// <summary>Applies every script not yet applied; returns how many ran.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="dialect">"Sqlite" or "Postgres": the resource prefix.</param>
    /// <param name="serialize">Run first inside each transaction so concurrent openers migrate one at a time.</param>
    public static int Apply(DbConnection connection, string dialect, string? serialize = null)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)");
        var applied = 0;
        foreach (var (version, name) in Scripts(dialect))
        {
            using var transaction = connection.BeginTransaction();
            if (serialize is not null)
            {
                connection.Execute(serialize, transaction: transaction);
            }

            if (connection.ExecuteScalar<long>("SELECT count(*) FROM schema_migrations WHERE version = @version", new { version }, transaction) > 0)
            {
                continue;
            }

            connection.Execute(Load(name), transaction: transaction);
            connection.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @now)",
                new { version, name, now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }, transaction);
            transaction.Commit();
            applied++;
        }

        return applied;
    }

    /// <summary>The embedded scripts of a dialect, by version.</summary>
    public static IEnumerable<(int Version, string Name)> Scripts(string dialect)
    {
        var prefix = $"Sitrep.Corpus.{dialect}.";
        return typeof(Migrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n.AsSpan(prefix.Length, 3), CultureInfo.InvariantCulture), Name: n))
            .OrderBy(s => s.Version);
    }

    private static string Load(string name)
    {
        using var stream = typeof(Migrator).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
