using System.Text.Json;
using Sitrep.Text;

namespace Sitrep.Evaluation.Geo;

/// <summary>One gold toponym of a geoparsing corpus (<c>../shared/data/geo/*/docs.jsonl</c>).</summary>
/// <param name="Span">Where it is.</param>
/// <param name="Lat">Gold latitude, when the toponym denotes a place.</param>
/// <param name="Lon">Gold longitude.</param>
/// <param name="CountryId">GeoNames id of the gold country (LGL, TR-News).</param>
/// <param name="Admin1Id">GeoNames id of the gold admin-1 unit (LGL, TR-News).</param>
/// <param name="IsCity">True when the gold feature class is P (a populated place).</param>
/// <param name="Type">GeoWebNews toponym type, when given.</param>
/// <param name="GeonamesId">Gold GeoNames id, when given.</param>
public sealed record GeoToponym(TextSpan Span, double? Lat, double? Lon, long? CountryId, long? Admin1Id, bool IsCity, string? Type, long? GeonamesId);

/// <summary>One gold document.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Text">Article text.</param>
/// <param name="Toponyms">Gold toponyms in text order.</param>
public sealed record GeoDocument(string Id, string Text, IReadOnlyList<GeoToponym> Toponyms);

/// <summary>Reads <c>docs.jsonl</c> of one corpus.</summary>
public static class GeoGold
{
    /// <summary>The documents of <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">A line is not a gold document.</exception>
    public static List<GeoDocument> Read(string path)
    {
        var documents = new List<GeoDocument>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var text = root.GetProperty("text").GetString() ?? "";
                var toponyms = root.GetProperty("toponyms").EnumerateArray().Select(t => new GeoToponym(
                    new TextSpan(t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32()),
                    Double(t, "lat"), Double(t, "lon"), Long(t, "country_geonameid"), Long(t, "admin1_geonameid"),
                    t.TryGetProperty("fclass", out var fc) && fc.ValueKind == JsonValueKind.String && fc.GetString() == "P",
                    t.TryGetProperty("type", out var ty) && ty.ValueKind == JsonValueKind.String ? ty.GetString() : null, Long(t, "geonameid")))
                    .Where(t => t.Span.Start >= 0 && t.Span.End <= text.Length && t.Span.Length > 0)
                    .ToList();
                documents.Add(new GeoDocument(root.GetProperty("id").GetString() ?? "", text, toponyms));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}: not a geo gold line ({e.Message})", e);
            }
        }

        return documents;
    }

    private static double? Double(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static long? Long(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;
}
