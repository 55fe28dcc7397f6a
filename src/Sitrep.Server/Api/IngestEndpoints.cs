using System.Globalization;
using System.Text.Json;
using Sitrep.Corpus.Ingest;
using Sitrep.Corpus.Readers;
using Sitrep.Corpus.Store;
using Sitrep.Server.Security;
using Sitrep.Text;

namespace Sitrep.Server.Api;

/// <summary>
/// <c>POST /api/documents</c> (token): analyse and store one article sent as text/plain, text/html or JSON
/// (<see cref="IngestRequest"/>), then relink incidents.
/// </summary>
internal static class IngestEndpoints
{
    // Relinking rewrites every incident: one ingest at a time.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/documents", async Task<Results<Ok<IngestResult>, BadRequest<IngestResult>>> (ICorpusStore store, InputBudget budget, HttpRequest request, CancellationToken cancellationToken) =>
            {
                var item = await Read(request, budget, cancellationToken).ConfigureAwait(false);
                if (item.Document is not { } document)
                {
                    return TypedResults.BadRequest(new IngestResult(null, nameof(IngestOutcome.Failed), item.Error));
                }

                await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    var (outcome, reason) = new Ingestor(store) { Budget = budget }.Ingest(item, cancellationToken);
                    if (outcome == IngestOutcome.New)
                    {
                        Ingestor.Relink(store);
                    }

                    return outcome == IngestOutcome.Failed
                        ? TypedResults.BadRequest(new IngestResult(null, outcome.ToString(), reason))
                        : TypedResults.Ok(new IngestResult(DocumentId.Of(document.Text), outcome.ToString(), reason));
                }
                finally
                {
                    Gate.Release();
                }
            })
            .AddEndpointFilter<WriteToken>()
            .Accepts<IngestRequest>("application/json", "text/plain", "text/html")
            .WithSummary("Ingests one article (text/plain, text/html, or JSON {text|html, title, url, published}); title, url and published may also be query parameters. Needs Authorization: Bearer TOKEN.");

    // The bytes are decoded as every other entry point decodes them (TextDecoder: UTF-8 or UTF-16 with a
    // BOM, strictly); JSON is parsed from the bytes, which System.Text.Json reads as strict UTF-8.
    private static async Task<ReadItem> Read(HttpRequest request, InputBudget budget, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && budget.SizeRefusal(declared) is { } tooLarge)
        {
            return ReadItem.Fail("request", tooLarge);
        }

        var bytes = await BoundedRead.ReadAtMostAsync(request.Body, budget.MaxBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return ReadItem.Fail("request", InputBudget.TooLarge(budget.MaxBytes));
        }

        var type = request.ContentType ?? "";
        var q = request.Query;
        IngestRequest? fields;
        if (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            fields = Parse(bytes);
            if (fields is null)
            {
                return ReadItem.Fail("request", "body is not valid JSON (UTF-8)");
            }
        }
        else
        {
            var decoded = TextDecoder.Decode(bytes);
            if (decoded.Text is not { } body)
            {
                return ReadItem.Fail("request", decoded.Error!);
            }

            fields = type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
                ? new IngestRequest(null, body, q["title"], q["url"], q["published"])
                : new IngestRequest(body, null, q["title"], q["url"], q["published"]);
        }

        DateOnly? published = DateOnly.TryParseExact(fields.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        var source = ApiQuery.Value(fields.Url) ?? "api";
        if (ApiQuery.Value(fields.Html) is { } html)
        {
            // SmartReader needs an absolute base address to resolve links against.
            var read = HtmlArticleReader.Read(html, source, Url(fields.Url) ?? "http://localhost/", published);
            return read.Document is { } page && ApiQuery.Value(fields.Title) is { } title ? ReadItem.Ok(page with { Title = title }) : read;
        }

        var text = (fields.Text ?? "").TrimStart('\uFEFF');
        return string.IsNullOrWhiteSpace(text)
            ? ReadItem.Fail(source, "no text")
            : ReadItem.Ok(new SourceDocument { Text = text, Source = source, Url = Url(fields.Url), Title = ApiQuery.Value(fields.Title), Published = published });
    }

    private static IngestRequest? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, ServerJsonContext.Default.IngestRequest);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Only web addresses are kept as URLs; anything else (javascript:, data:) stays a plain source name.
    private static string? Url(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.ToString() : null;
}
