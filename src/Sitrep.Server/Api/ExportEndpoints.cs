using Sitrep.Corpus.Exports;
using Sitrep.Corpus.Review;
using Sitrep.Corpus.Store;

namespace Sitrep.Server.Api;

/// <summary>Exports with analysts' reviews applied: corrections replace extracted values, rejected events are left out.</summary>
internal static class ExportEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/export/acled.csv", (ICorpusStore store, HttpRequest request) =>
            {
                // The writers are synchronous; Kestrel forbids synchronous body writes, so buffer first.
                using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
                AcledCsv.Write(ReviewedEvents.From(store, ApiQuery.Filter(request, ApiQuery.MaxLimit)), writer);
                return TypedResults.Text(writer.ToString(), "text/csv; charset=utf-8");
            })
            .WithSummary("Events as ACLED-style CSV, reviews applied (same filters as /api/events).");

        api.MapGet("/export/events.geojson", (ICorpusStore store, HttpRequest request) =>
            {
                var buffer = new MemoryStream();
                var filter = ApiQuery.Filter(request, ApiQuery.MaxLimit);
                GeoJsonExport.Write(ReviewedEvents.From(store, filter with { Limit = null }), buffer, filter.Limit);
                return TypedResults.Bytes(buffer.ToArray(), "application/geo+json");
            })
            .WithSummary("Events as GeoJSON points, reviews applied (same filters as /api/events).");
    }
}
