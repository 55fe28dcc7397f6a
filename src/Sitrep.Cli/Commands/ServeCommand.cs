using System.CommandLine;
using Sitrep.Server;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep serve</c>: the JSON API and the offline map/timeline/evidence UI over a corpus store. Listens on
/// loopback unless <c>--urls</c> says otherwise; write endpoints (ingest, review) need <c>--token</c> or
/// SITREP_TOKEN.
/// </summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var db = new Option<string?>("--db") { Description = "SQLite file or PostgreSQL connection string/URL (default: sitrep.db)" };
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, ';'-separated (default: loopback only)",
            DefaultValueFactory = _ => ServerOptions.DefaultUrls,
        };
        var token = new Option<string?>("--token") { Description = "Bearer token for ingest and review (default: $SITREP_TOKEN; none: writes disabled)" };
        var command = new Command("serve", "Serve the corpus: JSON API under /api, OpenAPI at /openapi/v1.json, and the web UI.\n\n" +
            "Example:\n  sitrep serve --db corpus.db --token \"$(openssl rand -hex 16)\"")
        {
            db, urls, token,
        };
        var delivery = new Watches.DeliveryOptions(command, serving: true);
        command.SetAction(parse =>
        {
            var settings = new Dictionary<string, string?> { [ServerOptions.Db] = parse.GetValue(db) };
            delivery.AddTo(settings, parse); // watch notifications: delivered while serving unless --no-deliver
            if (parse.GetValue(token) is { Length: > 0 } given)
            {
                settings[ServerOptions.Token] = given;
            }

            var listen = parse.GetValue(urls)!;
            var app = SitrepServer.Create([], settings, listen);
            console.Error.WriteLine($"sitrep: serving on {listen} (Ctrl+C to stop)");
            app.Run();
            return ExitCodes.Ok;
        });
        return command;
    }
}
