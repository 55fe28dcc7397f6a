using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Polly;
using Polly.Retry;

namespace Sitrep.Corpus.Watches.Delivery;

/// <summary>Where e-mail goes: an SMTP server, the sender address and, when it needs them, credentials.</summary>
/// <param name="Host">SMTP host.</param>
/// <param name="Port">SMTP port.</param>
/// <param name="From">Sender address.</param>
/// <param name="User">User name, or null for none.</param>
/// <param name="Password">Password.</param>
/// <param name="Security">TLS: <c>none</c>, <c>starttls</c> (upgrade when offered, the default) or <c>tls</c>.</param>
public sealed record SmtpSettings(string Host, int Port, string From, string? User = null, string? Password = null, string Security = "starttls");

/// <summary>
/// Mails a notification with MailKit: subject the one-line summary, a plain-text body listing the incident's
/// sources and evidence, the JSON attached; <c>Message-Id</c> and <c>X-Sitrep-Idempotency-Key</c> carry the
/// notification's key so a mail system can drop a duplicate. Transient failures are retried (Polly).
/// </summary>
public sealed class MailSender
{
    private readonly SmtpSettings settings;
    private readonly ResiliencePipeline pipeline;

    /// <summary>Creates a sender for <paramref name="settings"/>.</summary>
    public MailSender(SmtpSettings settings, int retries = 2, TimeSpan? firstDelay = null)
    {
        this.settings = settings ?? throw new ArgumentNullException(nameof(settings));
        pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = firstDelay ?? TimeSpan.FromMilliseconds(500),
                ShouldHandle = new PredicateBuilder().Handle<IOException>().Handle<System.Net.Sockets.SocketException>()
                    .Handle<SmtpProtocolException>().Handle<SmtpCommandException>(e => (int)e.StatusCode >= 400 && (int)e.StatusCode < 500),
            })
            .AddTimeout(TimeSpan.FromSeconds(30))
            .Build();
    }

    /// <summary>Sends; returns null on success, else what went wrong.</summary>
    public async Task<string?> SendAsync(PendingDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        try
        {
            var message = Compose(delivery);
            await pipeline.ExecuteAsync(async token =>
            {
                using var client = new SmtpClient();
                var security = settings.Security switch
                {
                    "none" => SecureSocketOptions.None,
                    "tls" => SecureSocketOptions.SslOnConnect,
                    _ => SecureSocketOptions.StartTlsWhenAvailable,
                };
                await client.ConnectAsync(settings.Host, settings.Port, security, token).ConfigureAwait(false);
                if (settings.User is { } user)
                {
                    await client.AuthenticateAsync(user, settings.Password ?? "", token).ConfigureAwait(false);
                }

                await client.SendAsync(message, token).ConfigureAwait(false);
                await client.DisconnectAsync(true, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or SmtpProtocolException or SmtpCommandException
            or AuthenticationException or ParseException or Polly.Timeout.TimeoutRejectedException)
        {
            return e.Message;
        }
    }

    /// <summary>The message for <paramref name="delivery"/>.</summary>
    public MimeMessage Compose(PendingDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var message = new MimeMessage { Subject = $"[sitrep {delivery.WatchName}] {delivery.Summary}", MessageId = $"{delivery.Key}@sitrep" };
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(delivery.Target));
        message.Headers.Add("X-Sitrep-Idempotency-Key", delivery.Key);
        var body = new BodyBuilder { TextBody = NotificationText.Of(delivery.Payload) };
        body.Attachments.Add("notification.json", System.Text.Encoding.UTF8.GetBytes(delivery.Payload), new ContentType("application", "json"));
        message.Body = body.ToMessageBody();
        return message;
    }
}
