using System.Text;
using Dapper;

namespace Sitrep.Corpus.Store;

/// <summary>Builds parameterised WHERE clauses from a <see cref="CorpusFilter"/>; user text never enters SQL.</summary>
internal sealed class FilterSql
{
    private readonly StringBuilder where = new();

    public DynamicParameters Parameters { get; } = new();

    public string Where => where.Length == 0 ? "" : " WHERE " + where.ToString(5, where.Length - 5);

    public FilterSql Equal(string column, string name, string? value) =>
        value is null ? this : Add($"lower({column}) = @{name}", name, value.ToLowerInvariant());

    // The value is a substring, not a pattern: '%', '_' and the escape character itself match only themselves.
    public FilterSql Contains(string[] columns, string name, string? value) =>
        value is null ? this : Add("(" + string.Join(" OR ", columns.Select(c => $"lower({c}) LIKE @{name} ESCAPE '\\'")) + ")", name, "%" + EscapeLike(value.ToLowerInvariant()) + "%");

    internal static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    public FilterSql AnyEqual(string[] columns, string name, string? value) =>
        value is null ? this : Add("(" + string.Join(" OR ", columns.Select(c => $"lower({c}) = @{name}")) + ")", name, value.ToLowerInvariant());

    /// <summary>Rows whose document (id in <paramref name="documentColumn"/>) is in <paramref name="language"/>.</summary>
    public FilterSql DocumentLanguage(string documentColumn, string? language) =>
        language is null ? this : Add($"{documentColumn} IN (SELECT id FROM documents WHERE language = @language)", "language", language.ToLowerInvariant());

    public FilterSql Range(string column, string? from, string? to)
    {
        if (from is not null)
        {
            Add($"{column} >= @from", "from", from);
        }

        return to is null ? this : Add($"{column} <= @to", "to", to);
    }

    /// <summary>Adds a fixed condition (no user text) to the clause.</summary>
    public FilterSql And(string condition)
    {
        where.Append(" AND ").Append(condition);
        return this;
    }

    public string Limit(int? limit)
    {
        if (limit is null)
        {
            return "";
        }

        Parameters.Add("limit", limit.Value);
        return " LIMIT @limit";
    }

    private FilterSql Add(string condition, string name, object value)
    {
        where.Append(" AND ").Append(condition);
        Parameters.Add(name, value);
        return this;
    }
}
