using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;

namespace Sitrep.Corpus.Watches;

/// <summary>
/// Multi-row <c>INSERT ... VALUES (...), (...)</c> with one parameter per value, in chunks both backends
/// accept (SQLite takes 32,766 parameters a statement, PostgreSQL 65,535). A watch evaluation writes its
/// notifications, outbox rows and counted events in a few statements, not in one round trip per row.
/// </summary>
internal static class MultiRow
{
    private const int MaxParameters = 8000;

    public static void Execute(DbConnection connection, DbTransaction transaction, string table, string[] columns, IEnumerable<object?[]> rows, string suffix = "")
    {
        foreach (var (sql, parameters) in Statements(table, columns, rows, suffix))
        {
            connection.Execute(sql, parameters, transaction);
        }
    }

    public static List<T> Query<T>(DbConnection connection, DbTransaction transaction, string table, string[] columns, IEnumerable<object?[]> rows, string suffix)
    {
        var results = new List<T>();
        foreach (var (sql, parameters) in Statements(table, columns, rows, suffix))
        {
            results.AddRange(connection.Query<T>(sql, parameters, transaction));
        }

        return results;
    }

    private static IEnumerable<(string Sql, DynamicParameters Parameters)> Statements(string table, string[] columns, IEnumerable<object?[]> rows, string suffix)
    {
        var head = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ";
        var sql = new StringBuilder(head);
        var parameters = new DynamicParameters();
        var count = 0;
        foreach (var row in rows)
        {
            if (count + row.Length > MaxParameters)
            {
                yield return (sql.Append(suffix).ToString(), parameters);
                sql = new StringBuilder(head);
                parameters = new DynamicParameters();
                count = 0;
            }

            sql.Append(count == 0 ? "(" : ", (");
            for (var c = 0; c < row.Length; c++)
            {
                var name = "p" + (count++).ToString(CultureInfo.InvariantCulture);
                parameters.Add(name, row[c]);
                sql.Append(c == 0 ? "@" : ", @").Append(name);
            }

            sql.Append(')');
        }

        if (count > 0)
        {
            yield return (sql.Append(suffix).ToString(), parameters);
        }
    }
}
