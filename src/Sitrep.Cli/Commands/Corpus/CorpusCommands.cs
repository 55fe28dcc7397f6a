using System.CommandLine;

namespace Sitrep.Cli.Commands.Corpus;

/// <summary>Adds the corpus commands and the global <c>--db</c> option to the root command.</summary>
public static class CorpusCommands
{
    /// <summary>Registers ingest, feeds, worker, search, events, incidents, quotes, entities, export and bench-store.</summary>
    public static void AddTo(Command root, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Options.Add(CorpusOptions.Db);
        root.Subcommands.Add(IngestCommand.Create(console));
        root.Subcommands.Add(FeedsCommand.Create(console));
        root.Subcommands.Add(WorkerCommand.Create(console));
        root.Subcommands.Add(QueryCommands.Search(console));
        root.Subcommands.Add(QueryCommands.Events(console));
        root.Subcommands.Add(QueryCommands.Incidents(console));
        root.Subcommands.Add(QueryCommands.Quotes(console));
        root.Subcommands.Add(QueryCommands.Entities(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(BenchStoreCommand.Create(console));
        root.Subcommands.Add(Watches.WatchCommand.Create(console));
        root.Subcommands.Add(Watches.DeliverCommand.Create(console));
        root.Subcommands.Add(Watches.Bench.BenchWatchCommand.Create(console));
    }
}
