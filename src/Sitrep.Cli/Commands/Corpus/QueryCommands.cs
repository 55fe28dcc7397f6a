using System.CommandLine;
using System.Text.Json.Nodes;

namespace Sitrep.Cli.Commands.Corpus;

/// <summary><c>sitrep search|events|incidents|quotes|entities</c>: read the corpus store.</summary>
internal static class QueryCommands
{
    public static Command Search(CliConsole console)
    {
        var text = new Argument<string>("text") { Description = "Words to find (all must match); \"quoted phrases\" stay phrases" };
        var quotes = new Option<bool>("--quotes") { Description = "Search quotes (content and speaker) instead of articles" };
        var limit = new Option<int>("--limit", "-n") { Description = "At most this many hits", DefaultValueFactory = _ => 20 };
        var format = CorpusOptions.Format();
        var command = new Command("search", "Full-text search over stored articles or quotes.\n\nExamples:\n  sitrep search \"grain terminal\" Izmail\n  sitrep search ceasefire --quotes --format json")
        {
            text, quotes, limit, format,
        };
        command.SetAction(parse =>
        {
            using var store = CorpusOptions.OpenExisting(parse);
            var query = parse.GetRequiredValue(text);
            var hits = parse.GetValue(quotes) ? store.SearchQuotes(query, parse.GetValue(limit)) : store.Search(query, parse.GetValue(limit));
            RowOutput.Write(console, parse.GetRequiredValue(format), hits,
                ("Published", h => h.Published), ("Title", h => h.Title), ("Speaker", h => h.Speaker), ("Snippet", h => h.Snippet),
                ("Source", h => h.SourceUrl), ("Document", h => h.DocumentId));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Events(CliConsole console)
    {
        var format = CorpusOptions.Format();
        var command = new Command("events", "List stored events.\n\nExample:\n  sitrep events --country UA --from 2026-03-01 --type \"Air/drone strike\"") { format };
        var filters = new CorpusOptions.Filters(command);
        command.SetAction(parse =>
        {
            var filter = filters.Read(parse); // a bad filter is a usage error even without a store
            using var store = CorpusOptions.OpenExisting(parse);
            RowOutput.Write(console, parse.GetRequiredValue(format), store.Events(filter),
                ("Date", e => e.Date), ("Category", e => e.Category), ("Sub-event type", e => e.SubEventType ?? e.Plover),
                ("Actors", e => e.Actors), ("Targets", e => e.Targets), ("Place", e => e.PlaceName), ("Country", e => e.Country),
                ("Admin1", e => e.Admin1), ("Killed", e => e.KilledBest), ("Injured", e => e.InjuredBest), ("Weapon", e => e.Weapon),
                ("Incident", e => e.IncidentId), ("Source", e => e.SourceUrl));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Incidents(CliConsole console)
    {
        var format = CorpusOptions.Format();
        var command = new Command("incidents", "List incidents: events reported by several sources, their figures side by side and conflicts flagged.\n\n" +
            "Best estimate: the most recently published source's figure (lowest among same-day sources); max: the highest any source gave.") { format };
        var filters = new CorpusOptions.Filters(command);
        command.SetAction(parse =>
        {
            var filter = filters.Read(parse); // a bad filter is a usage error even without a store
            using var store = CorpusOptions.OpenExisting(parse);
            RowOutput.Write(console, parse.GetRequiredValue(format), store.Incidents(filter),
                (i, record) => record["figures"] = JsonNode.Parse(i.Figures),
                ("Id", i => i.Id), ("Date", i => i.Date), ("Sub-event type", i => i.SubEventType), ("Place", i => i.PlaceName),
                ("Country", i => i.Country), ("Sources", i => i.Sources), ("Killed", i => i.KilledBest), ("Killed max", i => i.KilledMax),
                ("Injured", i => i.InjuredBest), ("Injured max", i => i.InjuredMax), ("Conflict", i => i.Conflict), ("Figures", i => i.Figures));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Quotes(CliConsole console)
    {
        var format = CorpusOptions.Format();
        var command = new Command("quotes", "List stored quotes.\n\nExample:\n  sitrep quotes --speaker Zelensky --from 2026-03-01") { format };
        var filters = new CorpusOptions.Filters(command);
        command.SetAction(parse =>
        {
            var filter = filters.Read(parse); // a bad filter is a usage error even without a store
            using var store = CorpusOptions.OpenExisting(parse);
            RowOutput.Write(console, parse.GetRequiredValue(format), store.Quotes(filter),
                ("Published", q => q.Published), ("Speaker", q => q.Speaker), ("Kind", q => q.Kind), ("Quote", q => q.Text),
                ("Source", q => q.SourceUrl), ("Document", q => q.DocumentId), ("Span", q => $"{q.StartOffset}-{q.EndOffset}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Entities(CliConsole console)
    {
        var format = CorpusOptions.Format();
        var command = new Command("entities", "List stored entities (one row per document that mentions them).\n\nExample:\n  sitrep entities --type person --actor Lavrov") { format };
        var filters = new CorpusOptions.Filters(command);
        command.SetAction(parse =>
        {
            var filter = filters.Read(parse); // a bad filter is a usage error even without a store
            using var store = CorpusOptions.OpenExisting(parse);
            RowOutput.Write(console, parse.GetRequiredValue(format), store.Entities(filter),
                ("Name", n => n.Name), ("Type", n => n.Type), ("Role", n => n.Role), ("Affiliation", n => n.Affiliation),
                ("Mentions", n => n.Mentions), ("Published", n => n.Published), ("Document", n => n.DocumentId));
            return ExitCodes.Ok;
        });
        return command;
    }
}
