using Sitrep.Evaluation.Gold;
using Sitrep.Reporting;

namespace Sitrep.Evaluation.Scoring;

/// <summary>Entities and places against gold: people with roles and affiliations, organisations, countries, places.</summary>
public static class EntityScoring
{
    /// <summary>Adds <c>entities.*</c> and <c>places.*</c> metrics.</summary>
    public static void Score(GoldExample gold, Report report, MetricSet metrics)
    {
        var people = report.Entities.Where(e => e.Type == EntityType.Person).ToList();
        var found = gold.Entities.People
            .Select(g => (Gold: g, Found: people.Find(p => Names.Same(g.Name, p.Name))))
            .Where(pair => pair.Found is not null)
            .ToList();
        metrics.AddShare("entities.people.recall", found.Count, gold.Entities.People.Count);
        metrics.AddShare("entities.people.role", found.Count(p => Equal(p.Gold.Role, p.Found!.Role)), gold.Entities.People.Count);
        metrics.AddShare("entities.people.affiliation", found.Count(p => Equal(p.Gold.Affiliation, p.Found!.Affiliation)), gold.Entities.People.Count);

        var organizations = report.Entities.Where(e => e.Type == EntityType.Organization).Select(e => e.Name).ToList();
        metrics.AddShare("entities.organizations.recall",
            gold.Entities.Organizations.Count(o => organizations.Exists(n => Contains(n, o) || Contains(o, n))),
            gold.Entities.Organizations.Count);

        var countries = report.Entities.Where(e => e.Type == EntityType.Country).Select(e => e.Name)
            .Concat(report.Places.Where(p => p.Kind == PlaceKind.Country).Select(p => p.Name)).ToList();
        metrics.AddShare("entities.countries.recall", gold.Entities.Countries.Count(c => countries.Exists(n => Equal(c, n))), gold.Entities.Countries.Count);

        var placeNames = report.Places.Select(p => p.Name).ToList();
        metrics.AddShare("places.recall", gold.Entities.Places.Count(c => placeNames.Exists(n => Equal(c, n))), gold.Entities.Places.Count);
    }

    private static bool Equal(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool Contains(string outer, string inner) => outer.Contains(inner, StringComparison.OrdinalIgnoreCase);
}
