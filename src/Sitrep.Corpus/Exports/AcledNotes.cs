using System.Globalization;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Exports;

/// <summary>
/// ACLED's <c>notes</c>: one sentence built from the event's own fields, in ACLED's style ("On 10 February
/// 2026, forces of Russia struck a residential building in Bohodukhiv (Kharkiv Oblast) with a drone, killing
/// 4 people."). Only fields the event holds appear; nothing is invented.
/// </summary>
public static class AcledNotes
{
    /// <summary>The note for one event.</summary>
    public static string Of(EventRow e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var parts = new List<string>();
        if (e.Date is { } date && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            parts.Add(e.DatePrecision is "month" ? $"In {d.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}," : $"On {d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)},");
        }

        var actor = (e.Actors ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        parts.Add(actor is null ? "unidentified forces" : AcledActors.Of(actor).Inter == 1 ? $"forces of {actor}" : actor);
        parts.Add(Verb(e));
        if (TargetPhrase(e.TargetType) is { } target)
        {
            parts.Add(target);
        }

        if (e.PlaceName is { } place)
        {
            parts.Add(e.Admin1 is { } admin1 && admin1 != place ? $"in {place} ({admin1})" : $"in {place}");
        }

        if (WeaponPhrase(e.Weapon) is { } weapon)
        {
            parts.Add($"with {weapon}");
        }

        var note = string.Join(' ', parts);
        var harm = new List<string>();
        if (e.KilledBest is > 0 and var k)
        {
            harm.Add($"killing {People(k)}");
        }

        if (e.InjuredBest is > 0 and var i)
        {
            harm.Add($"injuring {People(i)}");
        }

        if (e.Launched is { } launched)
        {
            harm.Add(e.Intercepted is { } stopped ? $"{launched} munitions launched, {stopped} intercepted" : $"{launched} munitions launched");
        }

        note += harm.Count > 0 ? ", " + string.Join(" and ", harm) + "." : ".";
        return char.ToUpperInvariant(note[0]) + note[1..];
    }

    private static string Verb(EventRow e) => e.SubEventType switch
    {
        "Air/drone strike" => "struck",
        "Shelling/artillery/missile attack" => "shelled",
        "Armed clash" => "clashed",
        "Government regains territory" or "Non-state actor overtakes territory" => "took control of territory",
        "Abduction/forced disappearance" => "abducted people",
        "Remote explosive/landmine/IED" => "set off an explosive",
        _ => "attacked",
    };

    private static string? TargetPhrase(string? type) => type switch
    {
        null => null,
        "residential" => "a residential building",
        "health care" => "a health facility",
        "education" => "an education facility",
        "energy" => "energy infrastructure",
        "transport" => "transport infrastructure",
        "port" => "port infrastructure",
        "military" => "a military target",
        "government" => "a government building",
        _ => $"a {type} site",
    };

    private static string? WeaponPhrase(string? weapon) => weapon switch
    {
        null or "other" => null,
        "artillery" or "small arms" => weapon,
        "air strike" => "an air strike",
        "mlrs" => "multiple rocket launchers",
        _ => $"a {weapon}",
    };

    private static string People(int n) => n == 1 ? "1 person" : n.ToString(CultureInfo.InvariantCulture) + " people";
}
