using System.Diagnostics;
using Sitrep.Corpus.Store;
using Sitrep.Corpus.Watches;

namespace Sitrep.Cli.Commands.Watches.Bench;

/// <summary>
/// The kill -9 drill: an ingest and then deliverers run as child processes and are killed (SIGKILL) at random
/// moments; each is restarted until everything is stored and delivered. Then it counts what the receiver
/// lost (a notification of the store it never saw), duplicated (the same key with the same delivery number
/// twice, a repeat the receiver could not tell from a new send) and saw again after a crash (the same key
/// with a later delivery number).
/// </summary>
internal sealed class CrashDrill(string db, string folder, int documents, Random random)
{
    /// <summary>The outcome of one drill.</summary>
    public sealed record Outcome(int Notifications, int Expected, int Lost, int Duplicated, int Redelivered, int Kills);

    public async Task<Outcome> RunAsync(CancellationToken cancellationToken)
    {
        await using var receiver = await WebhookReceiver.StartAsync().ConfigureAwait(false);
        receiver.Delay = TimeSpan.FromMilliseconds(15); // long enough that some kills land between a receipt and its mark
        using (var store = CorpusStore.Open(db))
        {
            ((IWatchStore)store).AddWatch(new Watch { Name = "drill", Webhook = receiver.Url });
        }

        var input = WatchDocuments.Write(Path.Combine(folder, "drill.jsonl"), documents);
        var kills = 0;
        // Ingest: killed once at a random moment, then run to the end (a resumed ingest stores only what is missing).
        kills += await KilledAsync(["ingest", input, "--db", db, "--parallel", "1"], random.Next(300, 2500), cancellationToken).ConfigureAwait(false) ? 1 : 0;
        await ExitAsync(["ingest", input, "--db", db, "--parallel", "1"], cancellationToken).ConfigureAwait(false);
        // Deliver: killed at random moments while it works, restarted each time; a last run with a short lease finishes.
        for (var round = 0; round < 4; round++)
        {
            kills += await KilledAsync(["deliver", "--db", db, "--poll", "0.05", "--lease", "0.5", "--quiet"], random.Next(200, 900), cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        await Task.Delay(600, cancellationToken).ConfigureAwait(false); // leases of the last kill run out
        await ExitAsync(["deliver", "--once", "--db", db, "--lease", "0.5", "--quiet"], cancellationToken).ConfigureAwait(false);

        using var check = CorpusStore.Open(db);
        var keys = ((IWatchStore)check).Notifications("drill", int.MaxValue).Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        var seen = receiver.Received.ToList();
        return new Outcome(
            keys.Count, documents,
            Lost: keys.Count(k => seen.All(r => r.Key != k)) + Math.Max(0, documents - keys.Count),
            Duplicated: seen.Count - seen.Select(r => (r.Key, r.Delivery)).Distinct().Count(),
            Redelivered: seen.GroupBy(r => r.Key).Count(g => g.Count() > 1),
            kills);
    }

    private static async Task<bool> KilledAsync(string[] args, int afterMs, CancellationToken cancellationToken)
    {
        using var child = Start(args);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(afterMs);
        try
        {
            await child.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            child.Kill(entireProcessTree: true); // SIGKILL on Linux: no clean-up runs
            await child.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    private static async Task ExitAsync(string[] args, CancellationToken cancellationToken)
    {
        using var child = Start(args);
        await child.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"sitrep {args[0]} exited with {child.ExitCode}: {await child.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false)}");
        }
    }

    // The CLI as a separate process: `dotnet Sitrep.Cli.dll ARGS` (the assembly this code is in).
    private static Process Start(string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(CrashDrill).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start sitrep");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }
}
