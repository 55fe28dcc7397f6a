using System.Globalization;
using Sitrep.Corpus.Store;
using Sitrep.Corpus.Watches;
using Sitrep.Corpus.Watches.Delivery;

namespace Sitrep.Server.Watches;

/// <summary>
/// Delivers the outbox while the server runs (when <see cref="ServerOptions.Deliver"/> is "true", as
/// <c>sitrep serve</c> sets it unless <c>--no-deliver</c>): the same dispatcher as <c>sitrep deliver</c>,
/// so both may run against one store.
/// </summary>
internal sealed partial class DeliveryService(ICorpusStore store, IConfiguration configuration, ILogger<DeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (configuration[ServerOptions.Deliver] != "true" || store is not IWatchStore watches)
        {
            return;
        }

        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var smtp = Smtp(configuration);
        var dispatcher = new OutboxDispatcher(watches, new WebhookSender(http), smtp is null ? null : new MailSender(smtp))
        {
            Delivered = (delivery, error) =>
            {
                if (error is not null)
                {
                    LogFailed(logger, delivery.Channel, delivery.Target, delivery.Attempts, error);
                }
            },
        };
        try
        {
            await dispatcher.RunAsync(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>SMTP settings from <c>Sitrep:Smtp:Host|Port|From|User|Security</c>, or null without a host.</summary>
    public static SmtpSettings? Smtp(IConfiguration configuration) =>
        configuration[ServerOptions.SmtpHost] is { Length: > 0 } host
            ? new SmtpSettings(host, int.Parse(configuration[ServerOptions.SmtpPort] ?? "25", CultureInfo.InvariantCulture),
                configuration[ServerOptions.SmtpFrom] ?? "sitrep@localhost", configuration[ServerOptions.SmtpUser],
                Environment.GetEnvironmentVariable("SITREP_SMTP_PASSWORD"), configuration[ServerOptions.SmtpSecurity] ?? "starttls")
            : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "delivery by {Channel} to {Target} failed (attempt {Attempt}): {Error}")]
    private static partial void LogFailed(ILogger logger, string channel, string target, int attempt, string error);
}
