using Sitrep.Corpus.Store.Postgres;
using Sitrep.Corpus.Store.Sqlite;

namespace Sitrep.Corpus.Store;

/// <summary>Opens the store that <c>--db</c> names: a PostgreSQL connection string or URL, else a SQLite file.</summary>
public static class CorpusStore
{
    /// <summary>The SQLite file used when <c>--db</c> is not given.</summary>
    public const string DefaultPath = "sitrep.db";

    /// <summary>Opens and migrates the store.</summary>
    public static ICorpusStore Open(string? db)
    {
        var target = string.IsNullOrWhiteSpace(db) ? DefaultPath : db.Trim();
        return IsPostgres(target) ? new PostgresCorpusStore(ToConnectionString(target)) : new SqliteCorpusStore(target);
    }

    /// <summary>Whether <paramref name="db"/> is a PostgreSQL connection string or URL rather than a file path.</summary>
    public static bool IsPostgres(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || (db.Contains('=', StringComparison.Ordinal) && db.Contains("host", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Turns a <c>postgresql://user:pass@host:port/db</c> URL into an Npgsql connection string.</summary>
    public static string ToConnectionString(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Contains("://", StringComparison.Ordinal))
        {
            return db;
        }

        var uri = new Uri(db);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } name ? name : "postgres",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            builder.Password = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : null;
        }

        return builder.ConnectionString;
    }
}
