using System.Text.Json.Serialization;

namespace Sitrep.Reporting;

/// <summary>Source-generated JSON metadata for the report contract (camelCase, enums as strings).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(Report))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
