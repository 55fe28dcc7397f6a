using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Commands.Corpus;
using Sitrep.Corpus.Store;
using Sitrep.Corpus.Watches;

namespace Sitrep.Cli.Commands.Watches;

/// <summary><c>sitrep watch add|list|remove|test|log</c>: saved queries that notify when incidents match or change.</summary>
internal static class WatchCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("watch",
            "Watches: saved queries kept in the store. A watch notifies (webhook, e-mail, Atom feed at /feeds/watch/NAME.atom on sitrep serve) " +
            "when a new incident matches it and when an incident it told about is revised (a toll changes, a source disagrees, a review corrects it). " +
            "Notifications wait in the store's outbox until `sitrep deliver` or `sitrep serve` sends them.\n\n" +
            "Example:\n  sitrep watch add sumy --admin1 \"Sumy Oblast\" --min-killed 1 --webhook http://127.0.0.1:9000/hook --email desk@example.org\n" +
            "  sitrep watch test sumy");
        command.Subcommands.Add(Add(console));
        command.Subcommands.Add(List(console));
        command.Subcommands.Add(Remove(console));
        command.Subcommands.Add(Test(console));
        command.Subcommands.Add(Log(console));
        return command;
    }

    private static Argument<string> NameArgument() => new("name") { Description = "Watch name: letters, digits, '.', '_', '-' (it names the feed /feeds/watch/NAME.atom)" };

    private static Command Add(CliConsole console)
    {
        var name = NameArgument();
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-2 country of the incident's place (UA, RU, ...)" };
        var admin1 = new Option<string?>("--admin1") { Description = "Admin-1 region, e.g. \"Sumy Oblast\"" };
        var type = new Option<string?>("--type") { Description = "Sub-event type or event type, e.g. \"Air/drone strike\"" };
        var actor = new Option<string?>("--actor") { Description = "Actor or target name contains" };
        var near = new Option<string?>("--near") { Description = "A point LAT,LON (with --radius-km): incidents within the radius" };
        var radius = new Option<double?>("--radius-km") { Description = "Radius around --near, in km" };
        var minKilled = new Option<int?>("--min-killed") { Description = "Best estimate of killed at least this" };
        var minInjured = new Option<int?>("--min-injured") { Description = "Best estimate of injured at least this" };
        var words = new Option<string?>("--words") { Description = "Words that must all occur in the reporting article (case-insensitive)" };
        var webhook = new Option<string?>("--webhook") { Description = "POST each notification's JSON here, signed (X-Sitrep-Signature: sha256=HMAC of the body with the watch's secret)" };
        var email = new Option<string?>("--email") { Description = "Mail each notification to this address (SMTP settings on `sitrep deliver` / `sitrep serve`)" };
        var secret = new Option<string?>("--secret") { Description = "Signing key for the webhook (default: 32 random bytes, printed once)" };
        var command = new Command("add", "Add a watch. Every filter given must hold; none given watches every incident.")
        {
            name, country, admin1, type, actor, near, radius, minKilled, minInjured, words, webhook, email, secret,
        };
        command.SetAction(parse =>
        {
            var (lat, lon) = Point(parse.GetValue(near));
            var watch = new Watch
            {
                Name = parse.GetRequiredValue(name), Country = parse.GetValue(country), Admin1 = parse.GetValue(admin1), Type = parse.GetValue(type),
                Actor = parse.GetValue(actor), Lat = lat, Lon = lon, RadiusKm = parse.GetValue(radius),
                MinKilled = parse.GetValue(minKilled), MinInjured = parse.GetValue(minInjured), Words = parse.GetValue(words),
                Webhook = parse.GetValue(webhook), Email = parse.GetValue(email), Secret = parse.GetValue(secret) ?? "",
            };
            using var store = CorpusOptions.Open(parse);
            try
            {
                Watches(store).AddWatch(watch);
            }
            catch (ArgumentException e)
            {
                throw new CliException(e.Message);
            }

            console.Out.WriteLine($"watch '{watch.Name}' added: {watch.Describe()}");
            if (watch.Webhook is not null)
            {
                console.Out.WriteLine($"webhook secret (sign check: HMAC-SHA256 of the body): {watch.Secret}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliConsole console)
    {
        var format = CorpusOptions.Format();
        var command = new Command("list", "List watches.") { format };
        command.SetAction(parse =>
        {
            using var store = CorpusOptions.Open(parse);
            RowOutput.Write(console, parse.GetRequiredValue(format), Watches(store).Watches(),
                ("Name", w => w.Name), ("Filters", w => w.Describe()), ("Webhook", w => w.Webhook), ("Email", w => w.Email),
                ("Created", w => DateTimeOffset.FromUnixTimeMilliseconds(w.CreatedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove(CliConsole console)
    {
        var name = NameArgument();
        var command = new Command("remove", "Remove a watch with its notifications and undelivered outbox rows.") { name };
        command.SetAction(parse =>
        {
            using var store = CorpusOptions.Open(parse);
            var watch = parse.GetRequiredValue(name);
            if (!Watches(store).RemoveWatch(watch))
            {
                throw new CliException($"no watch named '{watch}' (see `sitrep watch list`)", ExitCodes.Failed);
            }

            console.Out.WriteLine($"watch '{watch}' removed");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Test(CliConsole console)
    {
        var name = NameArgument();
        var limit = new Option<int>("--limit", "-n") { Description = "At most this many incidents", DefaultValueFactory = _ => 20 };
        var format = CorpusOptions.Format();
        var command = new Command("test", $"Show the stored incidents the watch matches now, newest first (of the newest {SqlCorpusStore.TestedEvents} incident events), without notifying.")
        {
            name, limit, format,
        };
        command.SetAction(parse =>
        {
            using var store = CorpusOptions.Open(parse);
            var watch = Find(store, parse.GetRequiredValue(name));
            RowOutput.Write(console, parse.GetRequiredValue(format), Watches(store).TestWatch(watch, parse.GetValue(limit)),
                ("Date", i => i.Summary.Date), ("Sub-event type", i => i.Summary.SubEventType), ("Place", i => i.Summary.PlaceName),
                ("Admin1", i => i.Summary.Admin1), ("Country", i => i.Summary.Country), ("Killed", i => i.Summary.KilledBest),
                ("Injured", i => i.Summary.InjuredBest), ("Conflict", i => i.Summary.Conflict), ("Sources", i => i.Summary.Sources),
                ("Source", i => i.Trigger.SourceUrl));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Log(CliConsole console)
    {
        var name = NameArgument();
        var limit = new Option<int>("--limit", "-n") { Description = "At most this many notifications", DefaultValueFactory = _ => 50 };
        var format = CorpusOptions.Format();
        var command = new Command("log", "List a watch's notifications, newest first, with the state of each delivery.") { name, limit, format };
        command.SetAction(parse =>
        {
            using var store = CorpusOptions.Open(parse);
            var watch = Find(store, parse.GetRequiredValue(name));
            RowOutput.Write(console, parse.GetRequiredValue(format), Watches(store).Notifications(watch.Name, parse.GetValue(limit)),
                ("Created", n => DateTimeOffset.FromUnixTimeMilliseconds(n.CreatedAt).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
                ("Kind", n => n.Kind), ("Summary", n => n.Summary), ("Deliveries", n => n.Deliveries), ("Key", n => n.Key));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IWatchStore Watches(ICorpusStore store) =>
        store as IWatchStore ?? throw new CliException($"the {store.Backend} store keeps no watches", ExitCodes.Failed);

    private static Watch Find(ICorpusStore store, string name) =>
        Watches(store).FindWatch(name) ?? throw new CliException($"no watch named '{name}' (see `sitrep watch list`)", ExitCodes.Failed);

    private static (double? Lat, double? Lon) Point(string? near)
    {
        if (near is null)
        {
            return (null, null);
        }

        var parts = near.Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            ? (lat, lon)
            : throw new CliException($"--near '{near}' is not a point LAT,LON such as 50.91,34.80");
    }
}
