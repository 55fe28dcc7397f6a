using System.Text.Json.Serialization;

namespace Sitrep.Reporting;

// The closed value sets of the report contract. Each member's JSON name is the contract's spelling.

/// <summary>Kind of entity.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    [JsonStringEnumMemberName("person")] Person,
    /// <summary>An organisation (NATO, the Kremlin, an army).</summary>
    [JsonStringEnumMemberName("organization")] Organization,
    /// <summary>A country acting as an actor, speaker or target.</summary>
    [JsonStringEnumMemberName("country")] Country,
    /// <summary>A nationality or collective ("the Russians").</summary>
    [JsonStringEnumMemberName("group")] Group,
}

/// <summary>Kind of place.</summary>
public enum PlaceKind
{
    /// <summary>A populated place.</summary>
    [JsonStringEnumMemberName("city")] City,
    /// <summary>A first-level administrative region (oblast, state).</summary>
    [JsonStringEnumMemberName("admin1")] Admin1,
    /// <summary>A second-level administrative region (raion, district).</summary>
    [JsonStringEnumMemberName("admin2")] Admin2,
    /// <summary>A country.</summary>
    [JsonStringEnumMemberName("country")] Country,
    /// <summary>A wider region ("the Black Sea", "Europe").</summary>
    [JsonStringEnumMemberName("region")] Region,
    /// <summary>Anything else.</summary>
    [JsonStringEnumMemberName("other")] Other,
}

/// <summary>Kind of quotation, by the quotation marks around its content.</summary>
public enum QuoteKind
{
    /// <summary>Content wholly inside quotation marks.</summary>
    [JsonStringEnumMemberName("direct")] Direct,
    /// <summary>Reported content that contains quoted fragments.</summary>
    [JsonStringEnumMemberName("mixed")] Mixed,
    /// <summary>Reported content without quotation marks.</summary>
    [JsonStringEnumMemberName("indirect")] Indirect,
}

/// <summary>Event category: ACLED disorder families plus PLOVER statements.</summary>
public enum EventCategory
{
    /// <summary>Battles, explosions/remote violence, violence against civilians.</summary>
    [JsonStringEnumMemberName("violence")] Violence,
    /// <summary>Protests and riots.</summary>
    [JsonStringEnumMemberName("demonstration")] Demonstration,
    /// <summary>Strategic developments.</summary>
    [JsonStringEnumMemberName("strategic")] Strategic,
    /// <summary>Verbal events (accuse, appeal, threaten, reject, ...).</summary>
    [JsonStringEnumMemberName("statement")] Statement,
}

/// <summary>Whether an event is one incident or a total over many.</summary>
public enum EventScope
{
    /// <summary>One place and day.</summary>
    [JsonStringEnumMemberName("incident")] Incident,
    /// <summary>A total over many places ("129 drones across Ukraine").</summary>
    [JsonStringEnumMemberName("summary")] Summary,
}

/// <summary>Precision of a resolved date.</summary>
public enum DatePrecision
{
    /// <summary>A single day.</summary>
    [JsonStringEnumMemberName("day")] Day,
    /// <summary>A week.</summary>
    [JsonStringEnumMemberName("week")] Week,
    /// <summary>A month.</summary>
    [JsonStringEnumMemberName("month")] Month,
    /// <summary>A year.</summary>
    [JsonStringEnumMemberName("year")] Year,
}
