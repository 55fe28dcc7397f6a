using System.CommandLine;
using Sitrep.Corpus.Ingest;

namespace Sitrep.Cli.Commands.Corpus;

/// <summary>
/// <c>sitrep worker</c>: claims queued documents (FOR UPDATE SKIP LOCKED on PostgreSQL), analyses them and
/// writes the reports. Run one per core on as many machines as needed; a worker that dies loses its claim
/// when the lease expires and another worker retries the document.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create(CliConsole console)
    {
        var batch = new Option<int>("--batch") { Description = "Documents claimed at a time", DefaultValueFactory = _ => 8 };
        var lease = new Option<double>("--lease") { Description = "Seconds a claim lasts before another worker may retry the document", DefaultValueFactory = _ => 300 };
        var idle = new Option<double>("--idle") { Description = "When the queue is empty: wait this many seconds and look again; 0 exits", DefaultValueFactory = _ => 0 };
        var name = new Option<string?>("--name") { Description = "Worker name (default host:pid)" };
        var budget = new BudgetOptions();
        var command = new Command("worker", "Analyse queued documents (see `sitrep ingest --queue`).\n\nExample:\n  sitrep worker --db \"Host=db;Username=sitrep\" --idle 10")
        {
            batch, lease, idle, name,
        };
        budget.AddTo(command);
        command.SetAction((parse, token) =>
        {
            var limits = budget.Read(parse);
            using var store = CorpusOptions.Open(parse);
            var worker = parse.GetValue(name) ?? $"{Environment.MachineName}:{Environment.ProcessId}";
            int done = 0, refused = 0, failed = 0;
            while (!token.IsCancellationRequested)
            {
                var claimed = store.Claim(worker, Math.Max(1, parse.GetValue(batch)), TimeSpan.FromSeconds(parse.GetValue(lease)));
                if (claimed.Count == 0)
                {
                    if (parse.GetValue(idle) <= 0 || token.WaitHandle.WaitOne(TimeSpan.FromSeconds(parse.GetValue(idle))))
                    {
                        break;
                    }

                    continue;
                }

                foreach (var document in claimed)
                {
                    try
                    {
                        var info = new DocumentInfo(document.Url ?? document.Source, document.Title, DateOnly.TryParse(document.Published, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null);
                        // Queued documents passed the budget's size and text checks when they were stored.
                        if (store.Complete(worker, document.Id, limits.Analyze(Analyzer.Default, document.Text, info, token)))
                        {
                            done++;
                        }
                        else
                        {
                            refused++;
                        }
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        store.Fail(worker, document.Id, e.Message);
                        failed++;
                    }
                }
            }

            if (done > 0)
            {
                Ingestor.Relink(store);
            }

            console.Out.WriteLine($"worker {worker}: {done:N0} documents analysed, {refused:N0} lost to an expired claim, {failed:N0} failed");
            return Task.FromResult(failed == 0 ? ExitCodes.Ok : ExitCodes.Failed);
        });
        return command;
    }
}
