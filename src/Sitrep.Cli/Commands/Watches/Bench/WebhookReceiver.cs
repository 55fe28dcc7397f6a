using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sitrep.Corpus.Watches.Delivery;

namespace Sitrep.Cli.Commands.Watches.Bench;

/// <summary>
/// A webhook receiver on an in-process Kestrel server (127.0.0.1, a free port): records every POST to /hook
/// with its idempotency key, delivery number, body and whether its signature checks out with the secret;
/// answers 500 to the first <see cref="FailFirst"/> requests and waits <see cref="Delay"/> before answering.
/// Used by the watch benchmarks and the delivery tests.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private int requests;

    private WebhookReceiver(WebApplication app) => this.app = app;

    public ConcurrentQueue<Received> Received { get; } = new();

    public int FailFirst { get; set; }

    public string? Secret { get; set; }

    public TimeSpan Delay { get; set; }

    public string Url => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            if (Interlocked.Increment(ref receiver.requests) <= receiver.FailFirst)
            {
                return Results.StatusCode(500);
            }

            if (receiver.Delay > TimeSpan.Zero)
            {
                await Task.Delay(receiver.Delay).ConfigureAwait(false);
            }

            var signature = request.Headers["X-Sitrep-Signature"].ToString();
            receiver.Received.Enqueue(new Received(
                request.Headers["Idempotency-Key"].ToString(), request.Headers["X-Sitrep-Delivery"].ToString(), body,
                receiver.Secret is { } secret && signature == WebhookSender.Signature(secret, body), DateTimeOffset.UtcNow));
            return Results.Ok();
        });
        await app.StartAsync().ConfigureAwait(false);
        return receiver;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync().ConfigureAwait(false);
}

/// <summary>One request the receiver accepted.</summary>
internal sealed record Received(string Key, string Delivery, string Body, bool SignatureValid, DateTimeOffset At);
