using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Commands.Corpus;
using Sitrep.Corpus.Watches;

namespace Sitrep.Cli.Commands.Watches;

/// <summary><c>sitrep deliver</c>: sends what the outbox holds (webhooks, e-mail) until stopped, or once with <c>--once</c>.</summary>
internal static class DeliverCommand
{
    public static Command Create(CliConsole console)
    {
        var once = new Option<bool>("--once") { Description = "Deliver what is due now, then exit" };
        var poll = new Option<double>("--poll") { Description = "Seconds between looks at the outbox while idle", DefaultValueFactory = _ => 1 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing per delivery" };
        var lease = new Option<double>("--lease") { Description = "Seconds a claimed delivery is held before another deliverer may retry it (after a crash)", DefaultValueFactory = _ => 120 };
        var command = new Command("deliver",
            "Deliver notifications from the store's outbox: webhooks (signed POST, retried with backoff) and e-mail (SMTP). " +
            "Several deliverers may share a store; a delivery interrupted by a crash is sent again after its lease with the same " +
            "Idempotency-Key and a new X-Sitrep-Delivery value. `sitrep serve` delivers too.\n\n" +
            "Example:\n  sitrep deliver --smtp 127.0.0.1:25 --smtp-from sitrep@example.org")
        {
            once, poll, quiet, lease,
        };
        var options = new DeliveryOptions(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var store = CorpusOptions.Open(parse);
            var watches = store as IWatchStore ?? throw new CliException($"the {store.Backend} store keeps no watches", ExitCodes.Failed);
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var dispatcher = options.Dispatcher(parse, watches, http, parse.GetValue(quiet) ? null : (delivery, error) =>
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{delivery.Channel} {delivery.Target} {delivery.Key} attempt {delivery.Attempts}: {error ?? "delivered"}")),
                TimeSpan.FromSeconds(Math.Max(0.1, parse.GetValue(lease))));
            if (parse.GetValue(once))
            {
                var handled = await dispatcher.DrainAsync(cancellationToken).ConfigureAwait(false);
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{handled} deliveries attempted"));
                return ExitCodes.Ok;
            }

            try
            {
                await dispatcher.RunAsync(TimeSpan.FromSeconds(Math.Max(0.05, parse.GetValue(poll))), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
