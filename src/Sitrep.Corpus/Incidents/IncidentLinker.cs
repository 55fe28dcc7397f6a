using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Incidents;

/// <summary>
/// Links events reported by different documents into incidents. Two events link when they come from
/// different documents, share the sub-event type, lie at most <see cref="DayWindow"/> days apart, share a
/// place (see <see cref="SamePlace"/>) and their actors/targets overlap (see <see cref="ActorsOverlap"/>).
/// Links are transitive (single linkage). The result depends only on the set of events, never on their
/// order, so re-linking the same corpus gives the same incidents with the same ids.
/// </summary>
public sealed class IncidentLinker
{
    /// <summary>Creates a linker.</summary>
    /// <param name="radiusKm">Points closer than this are one place.</param>
    /// <param name="dayWindow">Largest gap in days between linked events.</param>
    public IncidentLinker(double radiusKm = 25, int dayWindow = 1)
    {
        RadiusKm = radiusKm;
        DayWindow = dayWindow;
    }

    /// <summary>Points closer than this many kilometres are one place.</summary>
    public double RadiusKm { get; }

    /// <summary>Largest gap in days between linked events.</summary>
    public int DayWindow { get; }

    /// <summary>Groups <paramref name="events"/> into incidents of two or more documents.</summary>
    public IReadOnlyList<Incident> Link(IEnumerable<EventRow> events)
    {
        var ordered = events.Where(e => e.SubEventType is not null && Day(e.Date) is not null)
            .OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.EventId, StringComparer.Ordinal).ToList();
        var sets = new DisjointSets(ordered.Count);
        foreach (var block in Enumerable.Range(0, ordered.Count).GroupBy(i => ordered[i].SubEventType!.ToUpperInvariant()))
        {
            var byDate = block.OrderBy(i => Day(ordered[i].Date)).ThenBy(i => i).ToList();
            for (var a = 0; a < byDate.Count; a++)
            {
                var first = ordered[byDate[a]];
                for (var b = a + 1; b < byDate.Count && Day(ordered[byDate[b]].Date)!.Value.DayNumber - Day(first.Date)!.Value.DayNumber <= DayWindow; b++)
                {
                    var second = ordered[byDate[b]];
                    if (first.DocumentId != second.DocumentId && SamePlace(first, second) && ActorsOverlap(first, second))
                    {
                        sets.Union(byDate[a], byDate[b]);
                    }
                }
            }
        }

        return Enumerable.Range(0, ordered.Count).GroupBy(sets.Find)
            .Select(g => g.Select(i => ordered[i]).ToList())
            .Where(members => members.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(Summarise)
            .OrderBy(i => i.Row.Date, StringComparer.Ordinal).ThenBy(i => i.Row.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Same place: when both places are precise (city, admin-2 or other named spot) and have coordinates,
    /// within <see cref="RadiusKm"/>; otherwise the same GeoNames id, or the same name in the same country.
    /// Admin-1 regions, countries and wider regions are too coarse to say two reports saw one incident.
    /// </summary>
    public bool SamePlace(EventRow a, EventRow b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!Precise(a) || !Precise(b))
        {
            return false;
        }

        if (a.GeonamesId is { } ga && b.GeonamesId is { } gb && ga == gb)
        {
            return true;
        }

        if (a.Lat is { } lat1 && a.Lon is { } lon1 && b.Lat is { } lat2 && b.Lon is { } lon2)
        {
            return GeoDistance.Kilometres(lat1, lon1, lat2, lon2) <= RadiusKm;
        }

        return a.PlaceName is not null && string.Equals(a.PlaceName, b.PlaceName, StringComparison.OrdinalIgnoreCase)
            && (a.Country is null || b.Country is null || string.Equals(a.Country, b.Country, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Actors and targets overlap when the two events share a name among them; an event that names no
    /// actor or target is compatible with any (reports often omit who fired).
    /// </summary>
    public static bool ActorsOverlap(EventRow a, EventRow b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var left = Parties(a);
        var right = Parties(b);
        return left.Count == 0 || right.Count == 0 || left.Overlaps(right);
    }

    private static bool Precise(EventRow e) => e.PlaceKind is "city" or "admin2" or "other" && e.PlaceName is not null;

    private static HashSet<string> Parties(EventRow e) =>
        (e.Actors + ";" + e.Targets).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

    private static DateOnly? Day(string? date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The incident summary of <paramref name="members"/> (also of a single event: an incident of one source).</summary>
    internal static Incident Summarise(List<EventRow> members)
    {
        var figures = members
            .Select(m => new SourceFigures(m.DocumentId, m.EventId, m.SourceUrl, m.Published, m.KilledBest, m.InjuredBest))
            .OrderBy(f => f.Published ?? "", StringComparer.Ordinal).ThenBy(f => f.DocumentId, StringComparer.Ordinal).ThenBy(f => f.EventId, StringComparer.Ordinal)
            .ToList();
        var place = members.OrderBy(m => m.PlaceKind switch { "city" => 0, "admin2" => 1, _ => 2 }).First();
        var killed = BestEstimate.Of(figures, f => f.Killed, members.Select(m => m.KilledMax ?? m.KilledBest));
        var injured = BestEstimate.Of(figures, f => f.Injured, members.Select(m => m.InjuredMax ?? m.InjuredBest));
        var conflicts = new[] { killed.Conflict ? "killed" : null, injured.Conflict ? "injured" : null }.OfType<string>().ToList();
        var row = new IncidentRow
        {
            Id = IdOf(members[0]),
            SubEventType = members[0].SubEventType!,
            Date = members.Select(m => m.Date!).Order(StringComparer.Ordinal).First(),
            PlaceName = place.PlaceName, Country = place.Country, Admin1 = place.Admin1, Lat = place.Lat, Lon = place.Lon,
            KilledBest = killed.Best, KilledMax = killed.Max, InjuredBest = injured.Best, InjuredMax = injured.Max,
            Conflict = conflicts.Count == 0 ? null : string.Join(", ", conflicts),
            Sources = figures.Select(f => f.DocumentId).Distinct(StringComparer.Ordinal).Count(),
            Figures = JsonSerializer.Serialize(figures, CorpusJsonContext.Default.ListSourceFigures),
        };
        return new Incident(row, members);
    }

    // Members are ordered by (document, event), so the first member's key names the incident.
    private static string IdOf(EventRow first) =>
        "I" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(first.DocumentId + "#" + first.EventId)))[..10];
}
