using System.CommandLine;
using System.CommandLine.Help;
using Sitrep.Cli.Commands;

namespace Sitrep.Cli;

/// <summary>The <c>sitrep</c> command tree. Takes its streams as arguments so tests can run it in-process.</summary>
public static class SitrepCli
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code.</summary>
    public static int Run(string[] args, Func<Stream> openInput, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(openInput, output, error);
        // A plain root named "sitrep" (RootCommand would name itself after the Sitrep.Cli assembly in help).
        var root = new Command("sitrep",
            "Sitrep turns news reports about armed conflict and diplomacy into structured, sourced data: " +
            "entities, quotes, events, places and dates, each pointing at the characters that support it.")
        {
            new HelpOption(),
            new VersionOption(),
            ExtractCommand.Create(console),
            EvalCommand.Create(console),
            BenchCommand.Create(console),
            TrainCommand.Create(console),
            GazetteerCommand.Create(console),
            ServeCommand.Create(console),
        };
        Commands.Corpus.CorpusCommands.AddTo(root, console); // corpus: ingest, worker, search, queries, export

        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0 && args.Length > 0)
            {
                var names = new List<string>();
                for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
                {
                    names.Insert(0, result.Command.Name);
                }

                var message = string.Join(" ", parsed.Errors.Select(e => e.Message)).Replace('\t', ' ').Replace("  ", " ", StringComparison.Ordinal);
                return console.Fail($"{message} (see `{string.Join(' ', names)} --help`)", ExitCodes.Usage);
            }

            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            return console.Fail(e.Message, e.ExitCode);
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("SITREP_DEBUG") is null)
        {
            return console.Fail($"internal error: {e.Message} (set SITREP_DEBUG=1 for details)", ExitCodes.Internal);
        }
    }
}
