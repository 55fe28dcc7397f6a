using System.Globalization;

namespace Sitrep.Corpus.Exports;

/// <summary>
/// Actors in ACLED's naming and inter codes, by the side they are on: a state that acts as "Military Forces
/// of X (regime years)" (inter 1; "Government of X" for an agreement, "Police Forces of X" for arrests),
/// the civilians of the place an attack on homes, hospitals or schools hit as "Civilians (X)" (inter 7),
/// a demonstration's crowd as "Protesters (X)" (6) or "Rioters (X)" (5), its named organisers associated;
/// an actor of unknown kind keeps its name and no code.
/// </summary>
public static class AcledActors
{
    /// <summary>ACLED's regime years for the state forces most of Sitrep's reporting names (facts, from ACLED's actor list convention).</summary>
    private static readonly Dictionary<string, string> RegimeYears = new(StringComparer.Ordinal)
    {
        ["RU"] = "2000-", ["UA"] = "2019-", ["BY"] = "1994-", ["IL"] = "2022-", ["US"] = "2025-",
    };

    /// <summary>Target types whose victims ACLED codes as civilians (civilian targeting).</summary>
    private static readonly HashSet<string> CivilianTargets =
        ["residential", "health care", "education", "humanitarian", "religious", "cultural", "commercial", "transport", "agriculture", "water"];

    /// <summary>True when ACLED would flag the event as civilian targeting.</summary>
    public static bool TargetsCivilians(string? eventType, string? targetType) =>
        string.Equals(eventType, "Violence against civilians", StringComparison.OrdinalIgnoreCase)
        || (targetType is not null && CivilianTargets.Contains(targetType));

    /// <summary>An actor name as ACLED writes it, with its inter code (null when its kind is unknown).</summary>
    public static (string Name, int? Inter) Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (CountryCode(name) is { } iso)
        {
            var years = RegimeYears.TryGetValue(iso, out var y) ? $" ({y})" : "";
            return ($"Military Forces of {CountryName(iso)}{years}", 1);
        }

        return (name, null);
    }

    /// <summary>
    /// The actor1 side of an event in ACLED's naming: a demonstration's crowd first (the country it is held
    /// in), then its named actors as associates; a state by the role the event gives it.
    /// </summary>
    public static List<(string Name, int? Inter)> Actors(IReadOnlyList<string> names, string category, string? eventType, string? subEventType, string? country)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (category == "demonstration")
        {
            var crowd = string.Equals(eventType, "Riots", StringComparison.OrdinalIgnoreCase)
                ? ($"Rioters ({Place(country)})", (int?)5) : ($"Protesters ({Place(country)})", (int?)6);
            return [crowd, .. names.Where(n => CountryCode(n) is null).Select(n => (n, (int?)null))];
        }

        return [.. names.Select(n => CountryCode(n) is { } iso ? State(iso, subEventType) : Of(n))];
    }

    /// <summary>
    /// The actor2 side: a country an attack hit is its civilians when the attack targets civilians, its
    /// forces when it hit a military target, and no ACLED actor when what it hit is not known; the state a demonstration is held against is no ACLED actor (actor2 is who intervened); the
    /// people of a country arrested are its civilians.
    /// </summary>
    public static List<(string Name, int? Inter)> Targets(IReadOnlyList<string> names, string category, string? subEventType, bool civilians, string? country, string? targetType = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        var sides = new List<(string Name, int? Inter)>();
        foreach (var name in names)
        {
            var iso = CountryCode(name);
            (string Name, int? Inter)? side = (iso, category) switch
            {
                (null, _) => Of(name),
                (_, "demonstration") => null,
                (_, "violence") when civilians => Civilians(iso),
                (_, "violence") when targetType is "military" => Of(name),
                (_, "violence") => null, // a town hit with no target known: whose side is not stated
                _ when string.Equals(subEventType, "Arrests", StringComparison.OrdinalIgnoreCase) => Civilians(iso),
                _ => Of(name),
            };
            if (side is { } s && !sides.Contains(s))
            {
                sides.Add(s);
            }
        }

        if (category == "violence" && civilians && !sides.Exists(t => t.Inter == 7))
        {
            sides.Insert(0, Civilians(country));
        }

        return sides;
    }

    private static (string Name, int? Inter) State(string iso, string? subEventType)
    {
        var years = RegimeYears.TryGetValue(iso, out var y) ? $" ({y})" : "";
        var body = subEventType switch
        {
            "Agreement" => "Government of",
            "Arrests" => "Police Forces of",
            _ => "Military Forces of",
        };
        return ($"{body} {CountryName(iso)}{years}", 1);
    }

    private static string Place(string? iso) => iso is null ? "International" : CountryName(iso);

    /// <summary>The civilians of a country as a target actor.</summary>
    public static (string Name, int? Inter) Civilians(string? iso) => ($"Civilians ({Place(iso)})", 7);

    /// <summary>ACLED's interaction code: the two inter codes, lower first; a sole actor's code times ten.</summary>
    public static string? Interaction(int? inter1, int? inter2) => (inter1, inter2) switch
    {
        (null, null) => null,
        ({ } a, null) => (a * 10).ToString(CultureInfo.InvariantCulture),
        (null, { } b) => (b * 10).ToString(CultureInfo.InvariantCulture),
        ({ } a, { } b) => (Math.Min(a, b) * 10 + Math.Max(a, b)).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The English name of an ISO 3166-1 alpha-2 code, or the code itself.</summary>
    public static string CountryName(string iso)
    {
        try
        {
            return new RegionInfo(iso).EnglishName;
        }
        catch (ArgumentException)
        {
            return iso;
        }
    }

    // An actor name that is a country's English name ("Russia", "Ukraine", any case) or its ISO code ("RU").
    private static string? CountryCode(string name) =>
        Regions.Value.ByEnglishName.GetValueOrDefault(name) ?? (Regions.Value.Codes.Contains(name) ? name : null);

    private static readonly Lazy<(Dictionary<string, string> ByEnglishName, HashSet<string> Codes)> Regions = new(() =>
    {
        var regions = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => { try { return new RegionInfo(c.Name); } catch (ArgumentException) { return null; } })
            .OfType<RegionInfo>()
            .DistinctBy(r => r.TwoLetterISORegionName)
            .ToList();
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var region in regions)
        {
            byName.TryAdd(region.EnglishName, region.TwoLetterISORegionName);
        }

        return (byName, regions.Select(r => r.Name).ToHashSet(StringComparer.Ordinal));
    });
}
