using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Sitrep.Corpus.Browse;
using Sitrep.Corpus.Review;
using Sitrep.Corpus.Store;

namespace Sitrep.Server.Api;

/// <summary>Source-generated JSON for every API type (camelCase, like the report contract).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(EventList))]
[JsonSerializable(typeof(MapColumns))]
[JsonSerializable(typeof(DocumentView))]
[JsonSerializable(typeof(IReadOnlyList<DocumentSummary>))]
[JsonSerializable(typeof(IReadOnlyList<IncidentRow>))]
[JsonSerializable(typeof(IReadOnlyList<QuoteRow>))]
[JsonSerializable(typeof(IReadOnlyList<EntityRow>))]
[JsonSerializable(typeof(IReadOnlyList<SearchHit>))]
[JsonSerializable(typeof(IReadOnlyList<ReviewEntry>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(ReviewEntry))]
[JsonSerializable(typeof(Stats))]
[JsonSerializable(typeof(ReviewRequest))]
[JsonSerializable(typeof(IngestRequest))]
[JsonSerializable(typeof(IngestResult))]
[JsonSerializable(typeof(ProblemDetails))]
[JsonSerializable(typeof(HttpValidationProblemDetails))]
public sealed partial class ServerJsonContext : JsonSerializerContext;
