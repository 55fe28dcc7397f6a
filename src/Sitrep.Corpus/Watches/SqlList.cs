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
