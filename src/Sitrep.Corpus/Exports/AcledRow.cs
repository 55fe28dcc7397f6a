using CsvHelper.Configuration;

namespace Sitrep.Corpus.Exports;

/// <summary>
/// One line of the ACLED-style export: ACLED's columns in ACLED's order, then Sitrep's own
/// (injured, munitions, target type, evidence, source URL, incident id).
/// </summary>
public sealed class AcledRow
{
    /// <summary>Event id: country code, document hash prefix and event id.</summary>
    public string EventIdCnty { get; set; } = "";
    /// <summary>yyyy-MM-dd.</summary>
    public string? EventDate { get; set; }
    /// <summary>Year.</summary>
    public int? Year { get; set; }
    /// <summary>1 day, 2 week, 3 month or coarser.</summary>
    public int? TimePrecision { get; set; }
    /// <summary>Political violence, Demonstrations or Strategic developments.</summary>
    public string? DisorderType { get; set; }
    /// <summary>ACLED event type.</summary>
    public string? EventType { get; set; }
    /// <summary>ACLED sub-event type.</summary>
    public string? SubEventType { get; set; }
    /// <summary>First actor.</summary>
    public string? Actor1 { get; set; }
    /// <summary>Other actors.</summary>
    public string? AssocActor1 { get; set; }
    /// <summary>ACLED actor type code (not derived).</summary>
    public string? Inter1 { get; set; }
    /// <summary>First target.</summary>
    public string? Actor2 { get; set; }
    /// <summary>Other targets.</summary>
    public string? AssocActor2 { get; set; }
    /// <summary>ACLED actor type code (not derived).</summary>
    public string? Inter2 { get; set; }
    /// <summary>ACLED interaction code (not derived).</summary>
    public string? Interaction { get; set; }
    /// <summary>"Civilian targeting" when civilians were the target.</summary>
    public string? CivilianTargeting { get; set; }
    /// <summary>ISO 3166-1 alpha-2 (ACLED uses the numeric code; Sitrep keeps alpha-2).</summary>
    public string? Iso { get; set; }
    /// <summary>Region (not derived).</summary>
    public string? Region { get; set; }
    /// <summary>Country name.</summary>
    public string? Country { get; set; }
    /// <summary>Admin-1 region.</summary>
    public string? Admin1 { get; set; }
    /// <summary>Admin-2 district, when the place is one.</summary>
    public string? Admin2 { get; set; }
    /// <summary>Admin-3 (not derived).</summary>
    public string? Admin3 { get; set; }
    /// <summary>Place name.</summary>
    public string? Location { get; set; }
    /// <summary>Latitude.</summary>
    public double? Latitude { get; set; }
    /// <summary>Longitude.</summary>
    public double? Longitude { get; set; }
    /// <summary>1 town, 2 district, 3 region or coarser.</summary>
    public int? GeoPrecision { get; set; }
    /// <summary>Source title or address.</summary>
    public string? Source { get; set; }
    /// <summary>Source scale (not derived).</summary>
    public string? SourceScale { get; set; }
    /// <summary>Headline of the source.</summary>
    public string? Notes { get; set; }
    /// <summary>Best estimate of people killed; 0 when not stated.</summary>
    public int Fatalities { get; set; }
    /// <summary>Tags: weapon class.</summary>
    public string? Tags { get; set; }
    /// <summary>Unix time of the export.</summary>
    public long Timestamp { get; set; }
    /// <summary>Best estimate of people injured.</summary>
    public int? Injured { get; set; }
    /// <summary>Munitions as "launched/intercepted" ("129/110", "129/", "/20").</summary>
    public string? Munitions { get; set; }
    /// <summary>Target type.</summary>
    public string? TargetType { get; set; }
    /// <summary>Evidence spans as JSON.</summary>
    public string? Evidence { get; set; }
    /// <summary>Source URL or path.</summary>
    public string? SourceUrl { get; set; }
    /// <summary>Incident id.</summary>
    public string? IncidentId { get; set; }
}

/// <summary>ACLED column names and order.</summary>
public sealed class AcledRowMap : ClassMap<AcledRow>
{
    /// <summary>The header, in order.</summary>
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
        "injured", "munitions", "target_type", "evidence", "source_url", "incident_id",
    ];

    /// <summary>Maps each property to its column, by position.</summary>
    public AcledRowMap()
    {
        var properties = typeof(AcledRow).GetProperties();
        for (var i = 0; i < Columns.Length; i++)
        {
            Map(typeof(AcledRow), properties[i]).Name(Columns[i]).Index(i);
        }
    }
}
