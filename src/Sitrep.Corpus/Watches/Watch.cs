namespace Sitrep.Corpus.Watches;

// A mutable class with settable properties so Dapper can map snake_case columns onto it on both backends.

/// <summary>
/// A saved query that notifies: every filter given must hold for an incident to match (filters left null
/// match anything). Filters are named as the <c>events</c> command names them.
/// </summary>
public sealed class Watch
{
    /// <summary>Store id.</summary>
    public long Id { get; set; }
    /// <summary>Unique name (letters, digits, '-', '_', '.'), used in the feed URL.</summary>
    public string Name { get; set; } = "";
    /// <summary>ISO alpha-2 country of the incident's place.</summary>
    public string? Country { get; set; }
    /// <summary>Admin-1 region of the incident's place ("Sumy Oblast").</summary>
    public string? Admin1 { get; set; }
    /// <summary>Latitude of the point the radius is measured from.</summary>
    public double? Lat { get; set; }
    /// <summary>Longitude of the point the radius is measured from.</summary>
    public double? Lon { get; set; }
    /// <summary>Incidents within this many kilometres of (<see cref="Lat"/>, <see cref="Lon"/>).</summary>
    public double? RadiusKm { get; set; }
    /// <summary>Sub-event type or event type ("Air/drone strike", "Explosions/Remote violence").</summary>
    public string? Type { get; set; }
    /// <summary>An actor or target name contains this.</summary>
    public string? Actor { get; set; }
    /// <summary>Best estimate of killed at least this.</summary>
    public int? MinKilled { get; set; }
    /// <summary>Best estimate of injured at least this.</summary>
    public int? MinInjured { get; set; }
    /// <summary>Words that must all occur in the reporting document's text (case-insensitive).</summary>
    public string? Words { get; set; }
    /// <summary>URL notifications are POSTed to.</summary>
    public string? Webhook { get; set; }
    /// <summary>Address notifications are mailed to.</summary>
    public string? Email { get; set; }
    /// <summary>Key of the webhook's HMAC-SHA256 signature (hex), generated when the watch is added.</summary>
    public string Secret { get; set; } = "";
    /// <summary>When the watch was added, milliseconds since the Unix epoch.</summary>
    public long CreatedAt { get; set; }

    /// <summary>The filters in the words of the command line, for listings ("--admin1 "Sumy Oblast" --min-killed 1").</summary>
    public string Describe()
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
                parts.Add(text.Contains(' ', StringComparison.Ordinal) ? $"{name} \"{text}\"" : $"{name} {text}");
            }
        }

        Add("--country", Country);
        Add("--admin1", Admin1);
        if (Lat is { } lat && Lon is { } lon)
        {
            Add("--near", FormattableString.Invariant($"{lat},{lon}"));
            Add("--radius-km", RadiusKm);
        }

        Add("--type", Type);
        Add("--actor", Actor);
        Add("--min-killed", MinKilled);
        Add("--min-injured", MinInjured);
        Add("--words", Words);
        return parts.Count == 0 ? "(every incident)" : string.Join(' ', parts);
    }
}
