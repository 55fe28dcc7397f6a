using System.Globalization;
using Sitrep.Corpus.Store;

namespace Sitrep.Server.Api;

/// <summary>
/// The query-string filters every list endpoint accepts (the CLI's <see cref="CorpusFilter"/>). A value that
/// cannot be read is refused (<see cref="BadQueryException"/>, answered 400 naming the parameter), never
/// ignored: a bad date or limit must not silently return everything.
/// </summary>
internal static class ApiQuery
{
    /// <summary>Largest page any list endpoint returns.</summary>
    public const int MaxLimit = 200_000;

    public static CorpusFilter Filter(HttpRequest request, int defaultLimit)
    {
        var q = request.Query;
        return new CorpusFilter
        {
            Country = Value(q["country"]),
            Admin1 = Value(q["admin1"]),
            From = Date(q["from"], "from"),
            To = Date(q["to"], "to"),
            Type = Value(q["type"]),
            Speaker = Value(q["speaker"]),
            Actor = Value(q["actor"]),
            Language = Value(q["language"])?.ToLowerInvariant(),
            Limit = Limit(q["limit"], defaultLimit),
        };
    }

    /// <summary>A page size from 1 up (larger than <see cref="MaxLimit"/> is capped), or the default when absent.</summary>
    public static int Limit(string? value, int defaultLimit)
    {
        if (Value(value) is not { } given)
        {
            return defaultLimit;
        }

        if (!long.TryParse(given, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            throw new BadQueryException("limit", $"'{given}' is not a whole number");
        }

        return n < 1 ? throw new BadQueryException("limit", $"must be at least 1, not {n}") : (int)Math.Min(n, MaxLimit);
    }

    public static string? Value(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A yyyy-MM-dd date, or null when absent (a malformed date must not compare as text).</summary>
    public static string? Date(string? value, string name) =>
        Value(value) is not { } given ? null
        : DateOnly.TryParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? given
        : throw new BadQueryException(name, $"'{given}' is not a date in the form yyyy-MM-dd");
}

/// <summary>A query parameter the API cannot read; answered 400 with the parameter's name.</summary>
internal sealed class BadQueryException(string parameter, string problem) : Exception($"query parameter '{parameter}': {problem}")
{
    public string Parameter { get; } = parameter;
}
