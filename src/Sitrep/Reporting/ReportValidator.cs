using Sitrep.Text;

namespace Sitrep.Reporting;

/// <summary>
/// Checks the invariants of the report contract that the type system cannot: every span lies inside
/// the text, ids are unique, and every id a record refers to exists. Producers test with it;
/// consumers can run it on reports from elsewhere.
/// </summary>
public static class ReportValidator
{
    /// <summary>Every broken invariant of <paramref name="report"/>, as readable messages (empty when valid).</summary>
    public static IReadOnlyList<string> Validate(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var problems = new List<string>();
        var length = report.Document.Length;

        void Span(string where, TextSpan span)
        {
            if (span.Start < 0 || span.End < span.Start || span.End > length)
            {
                problems.Add($"{where}: span {span} lies outside the text (length {length})");
            }
        }

        if (report.Schema != Report.SchemaName)
        {
            problems.Add($"schema is '{report.Schema}', expected '{Report.SchemaName}'");
        }

        if (report.Document.Language is { } language && !LanguageDetector.Codes.Contains(language))
        {
            problems.Add($"document language is '{language}', expected one of {string.Join(", ", LanguageDetector.Codes)}");
        }

        var entityIds = UniqueIds("entity", report.Entities.Select(e => e.Id), problems);
        var placeIds = UniqueIds("place", report.Places.Select(p => p.Id), problems);
        var quoteIds = UniqueIds("quote", report.Quotes.Select(q => q.Id), problems);
        var eventIds = UniqueIds("event", report.Events.Select(v => v.Id), problems);

        foreach (var entity in report.Entities)
        {
            entity.Mentions.ToList().ForEach(m => Span($"entity {entity.Id} mention", m));
        }

        foreach (var place in report.Places)
        {
            place.Mentions.ToList().ForEach(m => Span($"place {place.Id} mention", m));
        }

        foreach (var quote in report.Quotes)
        {
            Span($"quote {quote.Id} content", quote.Content);
            (quote.ContentParts ?? []).ToList().ForEach(p => Span($"quote {quote.Id} content part", p));
            if (quote.Cue is { } cue) Span($"quote {quote.Id} cue", cue);
            if (quote.Source is { } source) Span($"quote {quote.Id} source", source);
            Reference($"quote {quote.Id} speaker", quote.Speaker, entityIds, problems);
        }

        foreach (var record in report.Events)
        {
            Reference($"event {record.Id} partOf", record.PartOf, eventIds, problems);
            if (record.PartOf == record.Id)
            {
                problems.Add($"event {record.Id} is part of itself");
            }

            record.Mentions.ToList().ForEach(m => Span($"event {record.Id} mention", m));
            record.Actors.Concat(record.Targets).ToList().ForEach(id => Reference($"event {record.Id} actor/target", id, entityIds, problems));
            Reference($"event {record.Id} place", record.Place, placeIds, problems);
            Reference($"event {record.Id} quote", record.Quote, quoteIds, problems);
            if (record.Mode is { } mode && !PloverModes.IsModeOf(record.Plover, mode))
            {
                problems.Add($"event {record.Id}: mode '{mode}' is not a PLOVER mode of {record.Plover ?? "an event without a PLOVER category"}");
            }

            record.Evidence.ToList().ForEach(e => Span($"event {record.Id} evidence for {e.Field}", new TextSpan(e.Start, e.End)));
        }

        return problems;
    }

    private static HashSet<string> UniqueIds(string what, IEnumerable<string> ids, List<string> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids.Where(id => !seen.Add(id)))
        {
            problems.Add($"{what} id '{id}' is used twice");
        }

        return seen;
    }

    private static void Reference(string where, string? id, HashSet<string> known, List<string> problems)
    {
        if (id is not null && !known.Contains(id))
        {
            problems.Add($"{where} refers to '{id}', which the report does not define");
        }
    }
}
