namespace Sitrep.Corpus.Store;

// A mutable class with settable properties so Dapper can map snake_case columns onto it on both backends.

/// <summary>One stored event, with its place and actor names resolved.</summary>
public sealed class EventRow
{
    /// <summary>Document id.</summary>
    public string DocumentId { get; set; } = "";
    /// <summary>Event id within its report.</summary>
    public string EventId { get; set; } = "";
    /// <summary>Category (violence, statement...).</summary>
    public string Category { get; set; } = "";
    /// <summary>Incident or summary.</summary>
    public string Scope { get; set; } = "";
    /// <summary>ACLED event type.</summary>
    public string? EventType { get; set; }
    /// <summary>ACLED sub-event type.</summary>
    public string? SubEventType { get; set; }
    /// <summary>PLOVER type.</summary>
    public string? Plover { get; set; }
    /// <summary>Actor names joined by "; ".</summary>
    public string? Actors { get; set; }
    /// <summary>Target names joined by "; ".</summary>
    public string? Targets { get; set; }
    /// <summary>Target type.</summary>
    public string? TargetType { get; set; }
    /// <summary>Weapon class.</summary>
    public string? Weapon { get; set; }
    /// <summary>Munitions launched.</summary>
    public int? Launched { get; set; }
    /// <summary>Munitions intercepted.</summary>
    public int? Intercepted { get; set; }
    /// <summary>Place name.</summary>
    public string? PlaceName { get; set; }
    /// <summary>Place kind.</summary>
    public string? PlaceKind { get; set; }
    /// <summary>Country (ISO alpha-2).</summary>
    public string? Country { get; set; }
    /// <summary>Admin-1 region.</summary>
    public string? Admin1 { get; set; }
    /// <summary>Latitude.</summary>
    public double? Lat { get; set; }
    /// <summary>Longitude.</summary>
    public double? Lon { get; set; }
    /// <summary>GeoNames id of the place.</summary>
    public long? GeonamesId { get; set; }
    /// <summary>Date, yyyy-MM-dd.</summary>
    public string? Date { get; set; }
    /// <summary>Date precision.</summary>
    public string? DatePrecision { get; set; }
    /// <summary>Killed, lowest.</summary>
    public int? KilledMin { get; set; }
    /// <summary>Killed, best estimate.</summary>
    public int? KilledBest { get; set; }
    /// <summary>Killed, highest.</summary>
    public int? KilledMax { get; set; }
    /// <summary>Injured, lowest.</summary>
    public int? InjuredMin { get; set; }
    /// <summary>Injured, best estimate.</summary>
    public int? InjuredBest { get; set; }
    /// <summary>Injured, highest.</summary>
    public int? InjuredMax { get; set; }
    /// <summary>Confidence.</summary>
    public double Confidence { get; set; }
    /// <summary>Evidence spans as JSON <c>[{"field","start","end"}]</c>.</summary>
    public string Evidence { get; set; } = "[]";
    /// <summary>Incident the event belongs to.</summary>
    public string? IncidentId { get; set; }
    /// <summary>Document URL or source (joined in queries).</summary>
    public string? SourceUrl { get; set; }
    /// <summary>Document title (joined in queries).</summary>
    public string? Title { get; set; }
    /// <summary>Document publication date (joined in queries).</summary>
    public string? Published { get; set; }
}
