namespace Sitrep.Corpus.Watches;

/// <summary>Watches, their notifications and the outbox of deliveries. Both SQL stores implement it.</summary>
public interface IWatchStore
{
    /// <summary>Adds a watch (its id, secret and creation time are assigned); throws <see cref="ArgumentException"/> for a bad or taken name.</summary>
    Watch AddWatch(Watch watch);

    /// <summary>Every watch, by id.</summary>
    IReadOnlyList<Watch> Watches();

    /// <summary>The watch of this name, or null.</summary>
    Watch? FindWatch(string name);

    /// <summary>Removes a watch with its notifications and undelivered outbox rows; false when there was none.</summary>
    bool RemoveWatch(string name);

    /// <summary>The stored incidents (newest first, at most <paramref name="limit"/>) that would match the watch now, without notifying.</summary>
    IReadOnlyList<WatchedIncident> TestWatch(Watch watch, int limit);

    /// <summary>A watch's notifications, newest first, with their delivery state.</summary>
    IReadOnlyList<NotificationRecord> Notifications(string watchName, int limit);

    /// <summary>Claims up to <paramref name="count"/> due deliveries until now + <paramref name="lease"/>, counting an attempt on each.</summary>
    IReadOnlyList<PendingDelivery> ClaimDeliveries(int count, TimeSpan lease);

    /// <summary>Marks a claimed delivery done.</summary>
    void DeliverySucceeded(long outboxId);

    /// <summary>Records a failed attempt; the delivery is due again at <paramref name="retryAt"/>, or never when null (given up).</summary>
    void DeliveryFailed(long outboxId, string error, DateTimeOffset? retryAt);
}
