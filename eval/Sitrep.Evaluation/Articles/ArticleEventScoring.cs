using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Evaluation.Articles;

/// <summary>
/// Violent events under the articles rules: a prediction and a gold event may pair when their places
/// agree or their evidence overlaps; pairs are taken one to one, greedily by 3·place agreement + 2·evidence
/// overlap share + 0.1·fields right; the fields are then compared on each pair.
/// </summary>
internal static partial class ArticleEventScoring
{
    /// <summary>The fields that make up "all main fields right".</summary>
    public static readonly IReadOnlyList<string> Fields = ["killed", "injured", "munitions", "admin1", "country", "weapon", "target_type", "scope"];

    /// <summary>Counts for one article; misses go to <paramref name="misses"/>.</summary>
    public static EventCounts Score(Article article, Report report, List<string> misses)
    {
        var body = article.Body;
        var places = report.Places.ToDictionary(p => p.Id);
        var predicted = report.Events.Where(e => e.Category == EventCategory.Violence).ToList();
        var gold = article.Gold.Events;
        var goldEvidence = gold.Select(g => ArticleReader.Locate(body, g.Evidence)).ToList();

        var candidates = new List<(int Gold, int Predicted, double Score)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var place = PlaceOf(predicted[p], places);
                var placeAgrees = PlacesAgree(gold[g], place);
                var share = OverlapShare(goldEvidence[g], EvidenceOf(predicted[p]));
                if (placeAgrees || share > 0)
                {
                    var right = CompareFields(gold[g], predicted[p], place).Count(f => f.Right);
                    candidates.Add((g, p, (placeAgrees ? 3 : 0) + (2 * share) + (0.1 * right)));
                }
            }
        }

        var pairs = new List<(int Gold, int Predicted)>();
        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        foreach (var (g, p, _) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Gold).ThenBy(c => c.Predicted))
        {
            if (!usedGold.Contains(g) && !usedPredicted.Contains(p))
            {
                usedGold.Add(g);
                usedPredicted.Add(p);
                pairs.Add((g, p));
            }
        }

        var counts = new EventCounts { Gold = gold.Count, Predicted = predicted.Count, Matched = pairs.Count };
        if (gold.Count == 0)
        {
            counts.InStoriesWithoutAttack = predicted.Count;
        }

        foreach (var (g, p) in pairs.OrderBy(x => x.Gold))
        {
            var fields = CompareFields(gold[g], predicted[p], PlaceOf(predicted[p], places));
            foreach (var field in fields)
            {
                counts.Right[field.Name] = counts.Right.GetValueOrDefault(field.Name) + (field.Right ? 1 : 0);
                if (!field.Right)
                {
                    misses.Add($"{article.Name} event {gold[g].Type} at {gold[g].Location} ({predicted[p].Id}): {field.Name} gold {field.Gold}, predicted {field.Predicted} | {Evidence(body, predicted[p], field.Name)}");
                }
            }

            counts.AllRight += fields.All(f => f.Right) ? 1 : 0;
        }

        for (var g = 0; g < gold.Count; g++)
        {
            if (!usedGold.Contains(g))
            {
                misses.Add($"{article.Name} event missed: {gold[g].Type} at {gold[g].Location} ({gold[g].Admin1}), killed {Show(gold[g].Killed)}, injured {Show(gold[g].Injured)} | {(goldEvidence[g].Count > 0 ? ArticleQuoteScoring.Clip(body, goldEvidence[g][0]) : gold[g].Evidence)}");
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!usedPredicted.Contains(p))
            {
                var place = PlaceOf(predicted[p], places);
                misses.Add($"{article.Name} event spurious {predicted[p].Id}: {predicted[p].SubEventType} ({ReportJson.NameOf(predicted[p].Scope)}) at {place?.Name ?? "-"}, killed {Show(predicted[p].Killed?.Best)} | {Evidence(body, predicted[p], null)}");
            }
        }

        return counts;
    }

    private static List<(string Name, bool Right, string Gold, string Predicted)> CompareFields(ArticleGoldEvent gold, EventRecord predicted, PlaceRecord? place)
    {
        var alternatives = NoteFigures(gold.Note);
        var goldWeapons = FieldClasses.GoldWeapons(gold.Weapon);
        var predictedWeapons = FieldClasses.PredictedWeapons(predicted.Weapon);
        var goldTargets = FieldClasses.GoldTargets(gold.Target);
        var predictedAdmin1 = place is null ? null : place.Kind == PlaceKind.Admin1 ? place.Name : place.Admin1;
        var admin1Right = gold.Admin1 is null
            ? predictedAdmin1 is null
            : predictedAdmin1 is not null && ArticleNames.Admin1Key(gold.Admin1) == ArticleNames.Admin1Key(predictedAdmin1);
        var scope = gold.IsSummary ? "summary" : "incident";
        return
        [
            ("killed", FigureRight(gold.Killed, predicted.Killed, alternatives), Show(gold.Killed), Show(predicted.Killed?.Best)),
            ("injured", FigureRight(gold.Injured, predicted.Injured, alternatives), Show(gold.Injured), Show(predicted.Injured?.Best)),
            ("munitions", gold.MunitionsCount == predicted.Munitions?.Launched, Show(gold.MunitionsCount), Show(predicted.Munitions?.Launched)),
            ("admin1", admin1Right, gold.Admin1 ?? "null", predictedAdmin1 ?? "null"),
            ("country", string.Equals(gold.Country, place?.Country, StringComparison.OrdinalIgnoreCase), gold.Country ?? "null", place?.Country ?? "null"),
            ("weapon", FieldClasses.WeaponRight(goldWeapons, predictedWeapons), gold.Weapon ?? "null", predicted.Weapon is { } w ? ReportJson.NameOf(w) : "null"),
            ("target_type", FieldClasses.TargetRight(goldTargets, predicted.TargetType), gold.Target ?? "null", predicted.TargetType is { } t ? ReportJson.NameOf(t) : "null"),
            ("scope", scope == ReportJson.NameOf(predicted.Scope), scope, ReportJson.NameOf(predicted.Scope)),
        ];
    }

    private static bool FigureRight(int? gold, Casualties? predicted, HashSet<int> alternatives)
    {
        if (gold is null || predicted is null)
        {
            return gold is null && predicted is null;
        }

        return predicted.Best == gold || alternatives.Contains(predicted.Best);
    }

    private static HashSet<int> NoteFigures(string? note) =>
        note is null ? [] : [.. Digits().Matches(note).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture))];

    private static bool PlacesAgree(ArticleGoldEvent gold, PlaceRecord? place)
    {
        if (place is null)
        {
            return false;
        }

        if (gold.Admin1 is null && place.Kind == PlaceKind.Country)
        {
            return true;
        }

        var predictedAdmin1 = place.Kind == PlaceKind.Admin1 ? place.Name : place.Admin1;
        return ArticleNames.SamePlace(gold.Location, place.Name)
            || (gold.Admin1 is not null && ArticleNames.SamePlace(gold.Admin1, predictedAdmin1));
    }

    private static PlaceRecord? PlaceOf(EventRecord e, Dictionary<string, PlaceRecord> places) =>
        e.Place is { } id && places.TryGetValue(id, out var place) ? place : null;

    private static List<TextSpan> EvidenceOf(EventRecord e) =>
        [.. e.Evidence.Select(x => new TextSpan(x.Start, x.End)), .. e.Mentions];

    /// <summary>The share of the gold evidence's characters that the prediction's spans cover.</summary>
    private static double OverlapShare(IReadOnlyList<TextSpan> gold, List<TextSpan> predicted)
    {
        var total = gold.Sum(g => g.Length);
        if (total == 0)
        {
            return 0;
        }

        var covered = 0;
        foreach (var g in gold)
        {
            for (var i = g.Start; i < g.End; i++)
            {
                covered += predicted.Any(p => p.Start <= i && i < p.End) ? 1 : 0;
            }
        }

        return (double)covered / total;
    }

    private static string Evidence(string body, EventRecord e, string? field)
    {
        var spans = e.Evidence.Where(x => field is null || x.Field == field || (field == "target_type" && x.Field == "targetType")).ToList();
        var span = spans.Count > 0 ? spans[0] : e.Evidence.Count > 0 ? e.Evidence[0] : null;
        return span is null ? "(no evidence)" : ArticleQuoteScoring.Clip(body, new TextSpan(span.Start, span.End));
    }

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    [GeneratedRegex(@"\b\d+\b")]
    private static partial Regex Digits();
}

/// <summary>Event counts, summed over articles.</summary>
internal sealed class EventCounts
{
    public int Gold { get; set; }
    public int Predicted { get; set; }
    public int Matched { get; set; }
    public int AllRight { get; set; }
    public int InStoriesWithoutAttack { get; set; }
    public Dictionary<string, int> Right { get; } = [];

    public void Add(EventCounts other)
    {
        Gold += other.Gold;
        Predicted += other.Predicted;
        Matched += other.Matched;
        AllRight += other.AllRight;
        InStoriesWithoutAttack += other.InStoriesWithoutAttack;
        foreach (var (name, right) in other.Right)
        {
            Right[name] = Right.GetValueOrDefault(name) + right;
        }
    }
}
