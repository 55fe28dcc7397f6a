using System.Text.Json.Serialization;

namespace Sitrep.Corpus;

/// <summary>An evidence span as stored and exported.</summary>
/// <param name="Field">The field it supports.</param>
/// <param name="Start">Start offset.</param>
/// <param name="End">End offset, exclusive.</param>
public sealed record EvidenceSpan(string Field, int Start, int End);

/// <summary>One source's figures inside an incident.</summary>
/// <param name="DocumentId">Document id.</param>
/// <param name="EventId">Event id in that document's report.</param>
/// <param name="Source">URL or source path.</param>
/// <param name="Published">Publication date.</param>
/// <param name="Killed">Killed (best) as that source reported it.</param>
/// <param name="Injured">Injured (best) as that source reported it.</param>
public sealed record SourceFigures(string DocumentId, string EventId, string? Source, string? Published, int? Killed, int? Injured);

/// <summary>Source-generated JSON for what the corpus stores besides reports (camelCase, like the contract).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<EvidenceSpan>))]
[JsonSerializable(typeof(List<SourceFigures>))]
public sealed partial class CorpusJsonContext : JsonSerializerContext;
