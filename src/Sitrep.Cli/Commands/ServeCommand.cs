using System.CommandLine;
using Sitrep.Cli.Commands.Corpus;
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
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, ';'-separated (default: loopback only)",
            DefaultValueFactory = _ => ServerOptions.DefaultUrls,
        };
        var hosts = new Option<string?>("--allowed-hosts") { Description = "Host names (';'-separated) the server answers to besides loopback names, IP addresses and the --urls hosts (DNS-rebinding guard)" };
        var budget = new BudgetOptions();
        var token = new Option<string?>("--token") { Description = "Bearer token for ingest and review (default: $SITREP_TOKEN; none: writes disabled)" };
        var command = new Command("serve", "Serve the corpus: JSON API under /api, OpenAPI at /openapi/v1.json, and the web UI.\n\n" +
            "Example:\n  sitrep serve --db corpus.db --token \"$(openssl rand -hex 16)\"")
        {
            urls, token, hosts,
        };
        budget.AddTo(command);
        var delivery = new Watches.DeliveryOptions(command, serving: true);
        command.SetAction(parse =>
        {
            var limits = budget.Read(parse);
            var settings = new Dictionary<string, string?>
            {
                [ServerOptions.Db] = CorpusOptions.Target(parse),
                [ServerOptions.AllowedHosts] = parse.GetValue(hosts),
                [ServerOptions.MaxBytes] = limits.MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [ServerOptions.TimeBudget] = limits.TimeBudget.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            delivery.AddTo(settings, parse); // watch notifications: delivered while serving unless --no-deliver
            if (parse.GetValue(token) is { Length: > 0 } given)
            {
                settings[ServerOptions.Token] = given;
            }

            var listen = parse.GetValue(urls)!;
            foreach (var url in listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // Kestrel's wildcard hosts ("*", "+") are not URI hosts; any other address must be an http(s) URL.
                var uriText = url.Replace("://*", "://wildcard.invalid", StringComparison.Ordinal).Replace("://+", "://wildcard.invalid", StringComparison.Ordinal);
                if (!Uri.TryCreate(uriText, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    throw new CliException($"--urls '{url}' is not an http(s) address such as {ServerOptions.DefaultUrls}");
                }
            }

            var app = SitrepServer.Create([], settings, listen);
            console.Error.WriteLine($"sitrep: serving on {listen} (Ctrl+C to stop)");
            try
            {
                app.Run();
            }
            catch (IOException e)
            {
                throw new CliException($"cannot listen on {listen}: {e.Message}", ExitCodes.Failed);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
