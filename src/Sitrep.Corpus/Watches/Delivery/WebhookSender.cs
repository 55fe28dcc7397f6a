using System.Net;
using System.Security.Cryptography;
using System.Text;
using Polly;
using Polly.Retry;

namespace Sitrep.Corpus.Watches.Delivery;

/// <summary>
/// POSTs a notification's JSON to a watch's webhook. Headers: <c>Idempotency-Key</c> (the notification's key,
/// the same on every attempt), <c>X-Sitrep-Signature: sha256=HEX</c> (HMAC-SHA256 of the body with the
/// watch's secret) and <c>X-Sitrep-Delivery: CLAIM.TRY</c>, which differs on every send so a receiver can
/// tell a redelivery from a duplicate. Transient failures (connection errors, timeouts, 408, 429, 5xx) are
/// retried with exponential backoff and jitter (Polly) before the attempt counts as failed.
/// </summary>
public sealed class WebhookSender
{
    private readonly HttpClient http;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;

    /// <summary>Creates a sender over <paramref name="http"/>.</summary>
    /// <param name="http">The client (its own timeout is not used: each try gets <paramref name="tryTimeout"/>).</param>
    /// <param name="retries">Retries within one attempt.</param>
    /// <param name="firstDelay">Delay before the first retry; later ones double.</param>
    /// <param name="tryTimeout">Time one try may take.</param>
    public WebhookSender(HttpClient http, int retries = 2, TimeSpan? firstDelay = null, TimeSpan? tryTimeout = null)
    {
        this.http = http ?? throw new ArgumentNullException(nameof(http));
        pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = firstDelay ?? TimeSpan.FromMilliseconds(500),
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<Polly.Timeout.TimeoutRejectedException>()
                    .HandleResult(r => IsTransient(r.StatusCode)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .AddTimeout(tryTimeout ?? TimeSpan.FromSeconds(10))
            .Build();
    }

    /// <summary>The signature header value for <paramref name="body"/>: <c>sha256=</c> and the hex HMAC-SHA256 with <paramref name="secret"/>.</summary>
    public static string Signature(string secret, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
    }

    /// <summary>Sends; returns null on success, else what went wrong.</summary>
    public async Task<string?> SendAsync(PendingDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var tries = 0;
        try
        {
            using var response = await pipeline.ExecuteAsync(async token =>
            {
                tries++;
                using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Target)
                {
                    Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("Idempotency-Key", delivery.Key);
                request.Headers.Add("X-Sitrep-Signature", Signature(delivery.Secret, delivery.Payload));
                request.Headers.Add("X-Sitrep-Delivery", FormattableString.Invariant($"{delivery.Attempts}.{tries}"));
                request.Headers.Add("X-Sitrep-Watch", delivery.WatchName);
                return await http.SendAsync(request, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (Exception e) when (e is HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            return e.Message;
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
