namespace Sitrep.Corpus.Watches;

// Mutable classes with settable properties so Dapper can map snake_case columns onto them on both backends.

/// <summary>A stored notification with the state of its deliveries.</summary>
public sealed class NotificationRecord
{
    /// <summary>Store order.</summary>
    public long Seq { get; set; }
    /// <summary>Idempotency key.</summary>
    public string Key { get; set; } = "";
    /// <summary>The watch's key of the incident.</summary>
    public string IncidentKey { get; set; } = "";
    /// <summary>new or revised.</summary>
    public string Kind { get; set; } = "";
    /// <summary>One line.</summary>
    public string Summary { get; set; } = "";
    /// <summary>The body (<see cref="Notification"/> as JSON).</summary>
    public string Payload { get; set; } = "";
    /// <summary>When made, milliseconds since the Unix epoch.</summary>
    public long CreatedAt { get; set; }
    /// <summary>Per channel: "webhook: delivered", "email: pending (attempt 2: timeout)", "webhook: gave up (...)".</summary>
    public string Deliveries { get; set; } = "";
}

/// <summary>A delivery claimed from the outbox.</summary>
public sealed class PendingDelivery
{
    /// <summary>Outbox row.</summary>
    public long Id { get; set; }
    /// <summary><see cref="DeliveryChannels.Webhook"/> or <see cref="DeliveryChannels.Email"/>.</summary>
    public string Channel { get; set; } = "";
    /// <summary>URL or address.</summary>
    public string Target { get; set; } = "";
    /// <summary>This claim's attempt number (1 for the first).</summary>
    public int Attempts { get; set; }
    /// <summary>Idempotency key of the notification.</summary>
    public string Key { get; set; } = "";
    /// <summary>One line (mail subject).</summary>
    public string Summary { get; set; } = "";
    /// <summary>The body, JSON.</summary>
    public string Payload { get; set; } = "";
    /// <summary>The watch's signing key.</summary>
    public string Secret { get; set; } = "";
    /// <summary>The watch's name.</summary>
    public string WatchName { get; set; } = "";
}
