using Dapper;

namespace Sitrep.Corpus.Watches;

/// <summary>
/// <c>IN (@p0, @p1, ...)</c> with one parameter per value. Dapper's own <c>IN @list</c> expansion is not
/// portable: with Npgsql it passes an array, which PostgreSQL accepts only as <c>= ANY(@list)</c>.
/// </summary>
internal static class SqlList
{
    public static string In<T>(DynamicParameters parameters, string prefix, IEnumerable<T> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = prefix + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            parameters.Add(name, value);
            names.Add("@" + name);
        }

        return "IN (" + string.Join(", ", names) + ")";
    }
}

/// <summary>
/// <c>(VALUES (@p0, @p1), (@p2, @p3))</c>: a table of rows as one parameter per value, read as <c>column1</c>,
/// <c>column2</c>... by both SQLite and PostgreSQL. Joined with values shared by every row (given once as their own
/// parameters), it writes many rows with far fewer parameters than a multi-row INSERT, and the provider binds
/// parameters by name, a cost that grows with their count squared.
/// </summary>
internal static class SqlValues
{
    /// <summary>Rows in one chunk: well under both backends' parameter limits whatever else the statement binds.</summary>
    public const int ChunkRows = 1000;

    public static string Table(DynamicParameters parameters, string prefix, IEnumerable<object?[]> rows)
    {
        var sql = new System.Text.StringBuilder("(VALUES ");
        var count = 0;
        var first = true;
        foreach (var row in rows)
        {
            sql.Append(first ? "(" : ", (");
            first = false;
            for (var c = 0; c < row.Length; c++)
            {
                var name = prefix + (count++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                parameters.Add(name, row[c]);
                sql.Append(c == 0 ? "@" : ", @").Append(name);
            }

            sql.Append(')');
        }

        return first ? throw new ArgumentException("a VALUES table needs at least one row", nameof(rows)) : sql.Append(')').ToString();
    }
}
