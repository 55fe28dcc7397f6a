using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Sitrep.Reporting;

/// <summary>Writes and reads reports in the <c>sitrep.report/1</c> JSON contract.</summary>
public static class ReportJson
{
    // Relaxed escaping keeps non-ASCII names (Cyrillic, accents) readable; output is JSON, never HTML.
    private static readonly ReportJsonContext Compact = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    });

    private static readonly ReportJsonContext Indented = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    });

    /// <summary>Serialises a report; one line unless <paramref name="indented"/>.</summary>
    public static string Serialize(Report report, bool indented = false) =>
        JsonSerializer.Serialize(report, (indented ? Indented : Compact).Report);

    /// <summary>Writes a report to a stream as UTF-8 without a BOM.</summary>
    public static void Write(Stream stream, Report report, bool indented = false) =>
        JsonSerializer.Serialize(stream, report, (indented ? Indented : Compact).Report);

    /// <summary>The contract's spelling of a vocabulary value ("health care", "air strike").</summary>
    public static string NameOf<T>(T value) where T : struct, Enum =>
        JsonSerializer.Serialize(value, (JsonTypeInfo<T>)(ReportJsonContext.Default.GetTypeInfo(typeof(T))
            ?? throw new ArgumentException($"{typeof(T).Name} is not part of the report contract."))).Trim('"');

    /// <summary>Reads a report.</summary>
    /// <exception cref="JsonException">The JSON is not a valid report.</exception>
    public static Report Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Compact.Report)
        ?? throw new JsonException("The JSON holds null, not a report.");
}
