using Sitrep.Reporting;

namespace Sitrep.Places;

internal sealed partial class PlaceResolver
{
    private const double ContainerBonus = 20;
    private const double PrimaryNameBonus = 2;
    private const string ContainerRule = "context: X, Y";

    // Passes of resolution: the first without context, each later one with the places of the one before; a
    // third pass lets two names that confirm each other (a town and its county, both wrong at first) settle.
    private const int Passes = 3;

    // Same admin-1 / same country: a fixed part for being there at all plus a part for the share of the
    // document's other mentions there (a local US story is about the US, mostly about one state); a town and a
    // county of two names that contain each other confirm both; an ambiguous town name gains with the share of the
    // other names that have a reading in its admin-1 unit (so three small towns of one state find it together).
    private static readonly ContextWeights Weights = new(Admin1: 2, Admin1Share: 2, Country: 1.5, CountryShare: 3, Nearby: 1, NearbyKm: 300, County: 4, Candidates: 3);

    // Scores every candidate; the rule names the strongest factor that separated the winner from the runner-up.
    private Resolution Best(string name, NameHit[] hits, KindCue cue, GeoEntry? container, DocumentContext context, string? cueRule)
    {
        GeoEntry? best = null, bestPlain = null, bestNoContext = null, bestNoName = null;
        double bestScore = double.MinValue, plainScore = double.MinValue, noContextScore = double.MinValue, noNameScore = double.MinValue;
        var containerUsed = false;
        foreach (var hit in hits)
        {
            var entry = gazetteer.Entries[hit.Entry];
            var prior = Prior(entry, cue, entry.Kind == PlaceKind.Admin1 && HasCityIn(hits, entry.Admin1Code));
            var nameBonus = hit.Primary ? PrimaryNameBonus : 0;
            var inContainer = container is not null && Within(entry, container);
            var explicitBonus = inContainer ? ContainerBonus : 0;
            var documentBonus = context.Bonus(entry, Weights, name);
            var score = prior + nameBonus + explicitBonus + documentBonus;
            Keep(ref best, ref bestScore, entry, score);
            Keep(ref bestPlain, ref plainScore, entry, prior + nameBonus);
            Keep(ref bestNoContext, ref noContextScore, entry, prior + nameBonus + explicitBonus);
            Keep(ref bestNoName, ref noNameScore, entry, prior);
            if (ReferenceEquals(best, entry))
            {
                containerUsed = inContainer;
            }
        }

        string rule;
        if (hits.Length == 1)
        {
            rule = cueRule ?? "only candidate";
        }
        else if (containerUsed)
        {
            rule = ContainerRule;
        }
        else if (!ReferenceEquals(best, bestNoContext))
        {
            rule = "document context";
        }
        else if (cueRule is not null)
        {
            rule = cueRule;
        }
        else if (best!.Kind == PlaceKind.City && hits.Any(h => gazetteer.Entries[h.Entry].Kind == PlaceKind.Admin1 && gazetteer.Entries[h.Entry].Country == best.Country))
        {
            rule = "city over region";
        }
        else if (!ReferenceEquals(bestPlain, bestNoName))
        {
            rule = "primary name";
        }
        else
        {
            rule = "feature class and population";
        }

        return new Resolution(best, rule);
    }

    // Kind, feature class and size: what a reader assumes before any context.
    private static double Prior(GeoEntry entry, KindCue cue, bool hasNamesakeCity) => entry.Kind switch
    {
        PlaceKind.Country => 12,
        PlaceKind.Region => 10,
        // A bare name that is both a city and the region around it ("Sumy") is the city unless a kind word says
        // otherwise; a same-name town elsewhere ("Florida, New York") does not demote the region.
        PlaceKind.Admin1 => cue == KindCue.Admin1 || !hasNamesakeCity ? 8 : 5.5,
        PlaceKind.Admin2 => cue == KindCue.District ? 8 : 4,
        _ => Math.Log10(entry.Population + 10) + FeatureBonus(entry.FeatureCode),
    };

    private static double FeatureBonus(string code) => code switch
    {
        "PPLC" => 2.5,
        "PPLA" => 1.5,
        "PPLA2" => 0.7,
        "PPLA3" or "PPLA4" or "PPL" or "PPLA5" => 0,
        "PPLX" or "PPLL" => -0.5,
        _ => -1.5,
    };

    // True when one of the candidates is a city inside admin-1 unit <paramref name="code"/> (its namesake city).
    private bool HasCityIn(NameHit[] hits, string? code)
    {
        foreach (var hit in hits)
        {
            var entry = gazetteer.Entries[hit.Entry];
            if (entry.Kind == PlaceKind.City && entry.Admin1Code == code)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Within(GeoEntry entry, GeoEntry container) => container.Kind switch
    {
        PlaceKind.Country => entry.Country == container.Country && entry.Kind != PlaceKind.Country,
        PlaceKind.Admin1 => entry.Admin1Code == container.Admin1Code && entry.Kind != PlaceKind.Admin1,
        PlaceKind.Admin2 => entry.Admin2Code == container.Admin2Code && entry.Kind == PlaceKind.City,
        _ => false,
    };

    private static void Keep(ref GeoEntry? best, ref double bestScore, GeoEntry entry, double score)
    {
        // Ties go to the larger place, then the lower index (deterministic).
        if (score > bestScore + 1e-9 || (Math.Abs(score - bestScore) <= 1e-9 && best is not null && entry.Population > best.Population))
        {
            (best, bestScore) = (entry, score);
        }
    }
}
