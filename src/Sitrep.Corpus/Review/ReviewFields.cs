using System.Globalization;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Review;

/// <summary>
/// The event fields an analyst can correct, how each is read from and written to an <see cref="EventRow"/>,
/// and how a typed-in value is checked. Values travel as text (the audit trail stores text).
/// </summary>
public static class ReviewFields
{
    private static readonly Dictionary<string, (Func<EventRow, string?> Get, Action<EventRow, string?> Set, Func<string?, bool> Valid)> Fields = new(StringComparer.Ordinal)
    {
        ["eventType"] = (e => e.EventType, (e, v) => e.EventType = v, Any),
        ["subEventType"] = (e => e.SubEventType, (e, v) => e.SubEventType = v, Any),
        ["actors"] = (e => e.Actors, (e, v) => e.Actors = v, Any),
        ["targets"] = (e => e.Targets, (e, v) => e.Targets = v, Any),
        ["weapon"] = (e => e.Weapon, (e, v) => e.Weapon = v, Any),
        ["targetType"] = (e => e.TargetType, (e, v) => e.TargetType = v, Any),
        ["place"] = (e => e.PlaceName, (e, v) => e.PlaceName = v, Any),
        ["country"] = (e => e.Country, (e, v) => e.Country = v, v => v is null || (v.Length == 2 && v.All(char.IsAsciiLetterUpper))),
        ["admin1"] = (e => e.Admin1, (e, v) => e.Admin1 = v, Any),
        ["date"] = (e => e.Date, (e, v) => e.Date = v, v => v is null || DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)),
        ["killed"] = (e => Text(e.KilledBest), (e, v) => (e.KilledMin, e.KilledBest, e.KilledMax) = Count(v), IsCount),
        ["injured"] = (e => Text(e.InjuredBest), (e, v) => (e.InjuredMin, e.InjuredBest, e.InjuredMax) = Count(v), IsCount),
        ["lat"] = (e => Text(e.Lat), (e, v) => e.Lat = Number(v), v => IsNumber(v, 90)),
        ["lon"] = (e => Text(e.Lon), (e, v) => e.Lon = Number(v), v => IsNumber(v, 180)),
    };

    /// <summary>The correctable field names (the report contract's camelCase spelling).</summary>
    public static IReadOnlyCollection<string> Names => Fields.Keys;

    /// <summary>Whether <paramref name="field"/> can be corrected.</summary>
    public static bool IsKnown(string? field) => field is not null && Fields.ContainsKey(field);

    /// <summary>Whether <paramref name="value"/> (null clears the field) is acceptable for <paramref name="field"/>.</summary>
    public static bool IsValid(string field, string? value) => Fields.TryGetValue(field, out var f) && f.Valid(value);

    /// <summary>The field's current value as text.</summary>
    public static string? Get(EventRow row, string field) => Fields[field].Get(row);

    /// <summary>Writes a corrected value into <paramref name="row"/>.</summary>
    public static void Set(EventRow row, string field, string? value) => Fields[field].Set(row, value);

    private static bool Any(string? value) => value is null || value.Length <= 500;

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static bool IsCount(string? value) => value is null || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0);

    private static (int?, int?, int?) Count(string? value)
    {
        // A corrected count is exact: min, best and max all become the analyst's figure.
        int? n = value is null ? null : int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
        return (n, n, n);
    }

    private static bool IsNumber(string? value, double limit) =>
        value is null || (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && Math.Abs(d) <= limit);

    private static double? Number(string? value) => value is null ? null : double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
}
