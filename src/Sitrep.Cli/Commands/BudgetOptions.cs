using System.CommandLine;
using Sitrep.Corpus.Ingest;

namespace Sitrep.Cli.Commands;

/// <summary><c>--max-bytes</c> and <c>--time-budget</c>: the <see cref="InputBudget"/> of every command that analyses documents.</summary>
internal sealed class BudgetOptions
{
    public Option<long> MaxBytes { get; } = new("--max-bytes")
    {
        Description = "Refuse documents larger than this many bytes",
        DefaultValueFactory = _ => InputBudget.DefaultMaxBytes,
    };

    public Option<double> TimeBudget { get; } = new("--time-budget")
    {
        Description = "Give up on a document whose analysis takes longer than this many seconds",
        DefaultValueFactory = _ => InputBudget.DefaultTimeBudget.TotalSeconds,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(MaxBytes);
        command.Options.Add(TimeBudget);
    }

    public InputBudget Read(ParseResult parse)
    {
        var bytes = parse.GetValue(MaxBytes);
        var seconds = parse.GetValue(TimeBudget);
        if (bytes <= 0)
        {
            throw new CliException("--max-bytes must be a positive number of bytes");
        }

        if (seconds <= 0 || double.IsNaN(seconds))
        {
            throw new CliException("--time-budget must be a positive number of seconds");
        }

        return new InputBudget { MaxBytes = bytes, TimeBudget = TimeSpan.FromSeconds(seconds) };
    }
}
