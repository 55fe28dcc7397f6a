namespace Sitrep.Corpus.Watches.Delivery;

/// <summary>
/// Delivers what the outbox holds: claims due rows under a lease (so a killed sender's rows wait out the
/// lease and go to the next one, with a higher attempt number), sends each, then marks it delivered — or due
/// again after a backoff that doubles per attempt, until <see cref="MaxAttempts"/> attempts, when it is given
/// up and shown so. A crash after a send and before its mark resends it once, with the same idempotency key
/// and a new <c>X-Sitrep-Delivery</c> value; nothing is ever lost.
/// </summary>
public sealed class OutboxDispatcher
{
    private readonly IWatchStore store;
    private readonly WebhookSender webhooks;
    private readonly MailSender? mail;

    /// <summary>Creates a dispatcher; without <paramref name="mail"/>, e-mail deliveries fail with a clear reason.</summary>
    public OutboxDispatcher(IWatchStore store, WebhookSender webhooks, MailSender? mail)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.webhooks = webhooks ?? throw new ArgumentNullException(nameof(webhooks));
        this.mail = mail;
    }

    /// <summary>Attempts before a delivery is given up.</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>How long a claim holds a row (longer than the retries of one attempt take).</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Deliveries claimed at once.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Delay before the second attempt; each later one doubles it, up to an hour.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Called after each delivery with its outcome (null error: delivered).</summary>
    public Action<PendingDelivery, string?>? Delivered { get; init; }

    /// <summary>Delivers one batch of due rows; returns how many were handled.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var batch = store.ClaimDeliveries(BatchSize, Lease);
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (delivery, token) =>
        {
            var error = delivery.Channel switch
            {
                DeliveryChannels.Webhook => await webhooks.SendAsync(delivery, token).ConfigureAwait(false),
                DeliveryChannels.Email when mail is not null => await mail.SendAsync(delivery, token).ConfigureAwait(false),
                DeliveryChannels.Email => "no SMTP server configured (--smtp HOST:PORT --smtp-from ADDRESS)",
                _ => $"unknown channel '{delivery.Channel}'",
            };
            if (error is null)
            {
                store.DeliverySucceeded(delivery.Id);
            }
            else
            {
                store.DeliveryFailed(delivery.Id, error, delivery.Attempts >= MaxAttempts ? null : DateTimeOffset.UtcNow + Backoff(delivery.Attempts));
            }

            Delivered?.Invoke(delivery, error);
        }).ConfigureAwait(false);
        return batch.Count;
    }

    /// <summary>Delivers until cancelled, looking for due rows every <paramref name="poll"/> while idle.</summary>
    public async Task RunAsync(TimeSpan poll, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (await DeliverDueAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                await Task.Delay(poll, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Delivers until nothing is due; returns how many were handled.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        for (int n; (n = await DeliverDueAsync(cancellationToken).ConfigureAwait(false)) > 0;)
        {
            total += n;
        }

        return total;
    }

    private TimeSpan Backoff(int attempts) =>
        TimeSpan.FromTicks(Math.Min(TimeSpan.FromHours(1).Ticks, FirstBackoff.Ticks << Math.Min(attempts - 1, 20)));
}
