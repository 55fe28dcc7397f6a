using Sitrep.Corpus.Store;

namespace Sitrep.Server.Api;

/// <summary>The query-string filters every list endpoint accepts (the CLI's <see cref="CorpusFilter"/>).</summary>
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
            From = Date(q["from"]),
            To = Date(q["to"]),
            Type = Value(q["type"]),
            Speaker = Value(q["speaker"]),
            Actor = Value(q["actor"]),
            Language = Value(q["language"])?.ToLowerInvariant(),
            Limit = Limit(q["limit"], defaultLimit),
        };
    }

    public static int Limit(string? value, int defaultLimit) =>
        int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, MaxLimit) : defaultLimit;

    public static string? Value(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A yyyy-MM-dd date, or null for anything else (a malformed date must not compare as text).</summary>
    public static string? Date(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
            ? value!.Trim() : null;
}
