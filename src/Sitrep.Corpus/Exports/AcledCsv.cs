using System.Globalization;
using CsvHelper;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Exports;

/// <summary>
/// Writes events as ACLED-style CSV (RFC 4180 via CsvHelper). Statements are not ACLED events and are
/// left out; violence, demonstrations and strategic developments are written, one row each.
/// </summary>
public static class AcledCsv
{
    /// <summary>Writes the header and one row per exportable event; returns the number of rows.</summary>
    public static int Write(IEnumerable<EventRow> events, TextWriter writer, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.Context.TypeConverterCache.AddConverter<string>(CsvInjection.Converter);
        csv.Context.RegisterClassMap<AcledRowMap>();
        csv.WriteHeader<AcledRow>();
        csv.NextRecord();
        var timestamp = (now ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var count = 0;
        foreach (var e in events.Where(e => e.Category != "statement"))
        {
            csv.WriteRecord(ToRow(e, timestamp));
            csv.NextRecord();
            count++;
        }

        return count;
    }

    /// <summary>Reads rows written by <see cref="Write"/>.</summary>
    public static List<AcledRow> Read(TextReader reader)
    {
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.Context.RegisterClassMap<AcledRowMap>();
        return csv.GetRecords<AcledRow>().ToList();
    }

    /// <summary>Maps one stored event to an ACLED row.</summary>
    public static AcledRow ToRow(EventRow e, long timestamp)
    {
        ArgumentNullException.ThrowIfNull(e);
        var civilians = e.Category == "violence" && AcledActors.TargetsCivilians(e.EventType, e.TargetType);
        var actors = AcledActors.Actors(Split(e.Actors), e.Category, e.EventType, e.SubEventType, e.Country);
        var targets = AcledActors.Targets(Split(e.Targets), e.Category, e.SubEventType, civilians, e.Country, e.TargetType);

        var inter1 = actors.Count > 0 ? actors[0].Inter : null;
        var inter2 = targets.Count > 0 ? targets[0].Inter : null;
        return new AcledRow
        {
            EventIdCnty = $"{e.Country ?? "XX"}-{e.DocumentId.Replace("sha256:", "", StringComparison.Ordinal)[..Math.Min(12, e.DocumentId.Length)]}-{e.EventId}",
            EventDate = e.Date,
            Year = e.Date is { Length: >= 4 } date ? int.Parse(date.AsSpan(0, 4), CultureInfo.InvariantCulture) : null,
            TimePrecision = e.DatePrecision switch { "day" => 1, "week" => 2, null => null, _ => 3 },
            DisorderType = e.Category switch { "violence" => "Political violence", "demonstration" => "Demonstrations", _ => "Strategic developments" },
            EventType = e.EventType,
            SubEventType = e.SubEventType,
            Actor1 = actors.Count > 0 ? actors[0].Name : null,
            AssocActor1 = Join(actors.Skip(1).Select(a => a.Name)),
            Inter1 = inter1?.ToString(CultureInfo.InvariantCulture),
            Actor2 = targets.Count > 0 ? targets[0].Name : null,
            AssocActor2 = Join(targets.Skip(1).Select(t => t.Name)),
            Inter2 = inter2?.ToString(CultureInfo.InvariantCulture),
            Interaction = AcledActors.Interaction(inter1, inter2),
            CivilianTargeting = civilians ? "Civilian targeting" : null,
            Iso = e.Country,
            Country = e.Country is { } iso ? AcledActors.CountryName(iso) : null,
            Admin1 = e.Admin1,
            Admin2 = e.PlaceKind == "admin2" ? e.PlaceName : null,
            Location = e.PlaceName,
            Latitude = e.Lat,
            Longitude = e.Lon,
            // A place of kind "other" is a name the gazetteer lacks, drawn at its container's point: near, not exact.
            GeoPrecision = e.PlaceKind switch { "city" => 1, "other" or "admin2" => 2, null => null, _ => 3 },
            // The outlet (the URL's host), never a local file path.
            Source = Outlet(e.SourceUrl),
            Notes = AcledNotes.Of(e),
            Fatalities = e.KilledBest ?? 0,
            Tags = e.Weapon,
            Timestamp = timestamp,
            Injured = e.InjuredBest,
            Munitions = e.Launched is null && e.Intercepted is null ? null
                : string.Create(CultureInfo.InvariantCulture, $"{e.Launched}/{e.Intercepted}"),
            TargetType = e.TargetType,
            Evidence = e.Evidence,
            SourceUrl = e.SourceUrl,
            IncidentId = e.IncidentId,
        };
    }

    private static string? Outlet(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Host : null;

    private static List<string> Split(string? names) =>
        (names ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string? Join(IEnumerable<string> names) => names.Any() ? string.Join("; ", names) : null;
}
