using System.Globalization;
using Sitrep.Evaluation.Scoring;
using Sitrep.Reporting;

namespace Sitrep.Evaluation.Plover;

/// <summary>
/// PLOVER gold-standard records: each one-sentence record is analysed and its main event compared with
/// the record's category (accuracy, macro F1 over the 16 current categories, F1 per category). The main
/// event is the statement whose predicate comes first; a sentence without one, or whose statement is only
/// a trailing attribution ("..., a rights group charged": its quote ends before it), is coded by its
/// first other event (violence, demonstration, strategic development: ASSAULT, PROTEST, COERCE ...), as is one
/// whose only statements are participles after the main verb ("demonstrated ..., calling for"). On records where an event was found, the countries of its actors and targets are compared with
/// the records' source and target codes (records coding no country there are left out).
/// </summary>
public static class PloverEvaluation
{
    /// <summary>The task name used for floors.</summary>
    public const string Task = "plover";

    /// <summary>What Sitrep found for one record.</summary>
    /// <param name="Category">The main event's PLOVER category, or null when no event was found.</param>
    /// <param name="Mode">The main event's mode.</param>
    /// <param name="Actors">Countries (alpha-3) of its actors.</param>
    /// <param name="Targets">Countries (alpha-3) of its targets.</param>
    /// <param name="Names">Actor and target names, for the error file.</param>
    public sealed record Prediction(string? Category, string? Mode, IReadOnlyList<string> Actors, IReadOnlyList<string> Targets, string Names);

    /// <summary>The main event of <paramref name="text"/>.</summary>
    public static Prediction Predict(Analyzer analyzer, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var report = analyzer.Analyze(text);
        var statements = report.Events.Where(e => e.Category == EventCategory.Statement).OrderBy(Anchor).ToList();
        var main = statements.Find(s => !TrailsItsQuote(report, s) && !IsParticiple(text, s))
            ?? report.Events.Where(e => e.Category != EventCategory.Statement && e.Plover is not null).MinBy(Anchor)
            ?? statements.FirstOrDefault();
        if (main is null)
        {
            return new Prediction(null, null, [], [], "");
        }

        var entities = report.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        List<string> CountriesOf(IEnumerable<string> ids) =>
            [.. ids.Select(id => Alpha3(entities[id].Affiliation)).OfType<string>().Distinct()];
        string NamesOf(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => $"{entities[id].Name} ({entities[id].Affiliation ?? "-"})"));
        return new Prediction(main.Plover, main.Mode, CountriesOf(main.Actors), CountriesOf(main.Targets),
            $"{NamesOf(main.Actors)} -> {NamesOf(main.Targets)}");
    }

    /// <summary>Scores every record; writes each miss with its text to <paramref name="errors"/> when given.</summary>
    public static MetricSet Score(Analyzer analyzer, IReadOnlyList<PloverRecord> records, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var predicted = records.Select(r => Predict(analyzer, r.Text)).ToList();
        var metrics = new MetricSet(Task);
        var right = records.Select((r, i) => r.Category == predicted[i].Category).Count(x => x);
        metrics.AddShare("accuracy", right, records.Count);

        var f1s = new List<(string Category, Prf Counts)>();
        foreach (var c in PloverGold.Categories)
        {
            var gold = records.Count(r => r.Category == c);
            var guessed = predicted.Count(p => p.Category == c);
            var correct = records.Select((r, i) => r.Category == c && predicted[i].Category == c).Count(x => x);
            f1s.Add((c, new Prf(correct, guessed, gold)));
        }

        metrics.Add("macro_f1", f1s.Average(f => f.Counts.F1), $"{f1s.Count} PLOVER categories");
        metrics.AddShare("found", predicted.Count(p => p.Category is not null), records.Count);
        var found = records.Select((r, i) => (Gold: r, Got: predicted[i])).Where(x => x.Got.Category is not null).ToList();
        var withActor = found.Where(x => x.Gold.Sources.Count > 0).ToList();
        metrics.AddShare("actor_country", withActor.Count(x => x.Got.Actors.Any(x.Gold.Sources.Contains)), withActor.Count);
        var withTarget = found.Where(x => x.Gold.Targets.Count > 0).ToList();
        metrics.AddShare("target_country", withTarget.Count(x => x.Got.Targets.Any(x.Gold.Targets.Contains)), withTarget.Count);
        foreach (var (category, counts) in f1s)
        {
            metrics.Add($"{category}.f1", counts.F1, string.Create(CultureInfo.InvariantCulture, $"{counts.Correct} correct / {counts.Predicted} predicted / {counts.Gold} gold"));
        }

        if (errors is not null)
        {
            WriteErrors(errors, records, predicted);
        }

        return metrics;
    }

    // A statement stands at its predicate; another event at the first field it names.
    private static int Anchor(EventRecord e)
    {
        var fields = e.Evidence.Where(v => v.Field != "event").ToList();
        var plover = fields.Find(v => v.Field == "plover");
        return plover?.Start ?? (fields.Count > 0 ? fields.Min(v => v.Start) : e.Evidence.Select(v => v.Start).DefaultIfEmpty(0).Min());
    }

    // "U.S. agents abused migrants, a rights group charged": the statement's quote ends before its predicate.
    private static bool TrailsItsQuote(Report report, EventRecord statement)
    {
        var quote = report.Quotes.FirstOrDefault(q => q.Id == statement.Quote);
        var predicate = statement.Evidence.FirstOrDefault(v => v.Field == "plover");
        return quote is not null && predicate is not null && quote.Content.End <= predicate.Start;
    }

    // "Protesters marched on Sunday calling for ...": a participle states the purpose of the main event
    // ("have been pressuring" is a finite verb, no participle).
    private static bool IsParticiple(string text, EventRecord statement)
    {
        if (statement.Evidence.FirstOrDefault(v => v.Field == "plover") is not { } predicate || predicate.Start == 0
            || !text[predicate.Start..predicate.End].Split(' ')[0].EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        var before = text[..predicate.Start].TrimEnd().Split(' ')[^1].ToLowerInvariant();
        return before is not ("is" or "are" or "was" or "were" or "been" or "be");
    }

    private static string? Alpha3(string? alpha2)
    {
        if (alpha2 is null)
        {
            return null;
        }

        try
        {
            return new RegionInfo(alpha2).ThreeLetterISORegionName;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static void WriteErrors(TextWriter errors, IReadOnlyList<PloverRecord> records, List<Prediction> predicted)
    {
        for (var i = 0; i < records.Count; i++)
        {
            var (gold, got) = (records[i], predicted[i]);
            var categoryWrong = gold.Category != got.Category;
            var actorWrong = got.Category is not null && gold.Sources.Count > 0 && !got.Actors.Any(gold.Sources.Contains);
            var targetWrong = got.Category is not null && gold.Targets.Count > 0 && !got.Targets.Any(gold.Targets.Contains);
            if (!categoryWrong && !actorWrong && !targetWrong)
            {
                continue;
            }

            var what = string.Join(" ", new[] { categoryWrong ? "category" : null, actorWrong ? "actor" : null, targetWrong ? "target" : null }.OfType<string>());
            errors.WriteLine($"{gold.Id}\t{what}\tgold {gold.Category}{(gold.Original != gold.Category ? $" ({gold.Original})" : "")} {gold.Mode ?? "-"} " +
                $"[{string.Join(",", gold.Sources)} -> {string.Join(",", gold.Targets)}]\tgot {got.Category ?? "nothing"} {got.Mode ?? "-"} " +
                $"[{string.Join(",", got.Actors)} -> {string.Join(",", got.Targets)}] {got.Names}");
            errors.WriteLine($"\t{gold.Text}");
        }
    }
}
