namespace Sitrep.Corpus.Ingest;

/// <summary>What an ingest did: documents new, unchanged (already stored), and failed with reasons.</summary>
public sealed class IngestSummary
{
    private readonly List<IngestFailure> failures = [];

    /// <summary>Documents stored for the first time.</summary>
    public int New { get; private set; }

    /// <summary>Documents whose text was already stored.</summary>
    public int Unchanged { get; private set; }

    /// <summary>Inputs that could not be read or analysed.</summary>
    public IReadOnlyList<IngestFailure> Failures => failures;

    /// <summary>Every input seen.</summary>
    public int Total => New + Unchanged + failures.Count;

    /// <summary>Adds another run's counts and failures to this one.</summary>
    public void Merge(IngestSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        New += other.New;
        Unchanged += other.Unchanged;
        failures.AddRange(other.failures);
    }

    internal void Add(IngestOutcome outcome, string source, string? reason)
    {
        switch (outcome)
        {
            case IngestOutcome.New: New++; break;
            case IngestOutcome.Unchanged: Unchanged++; break;
            default: failures.Add(new IngestFailure(source, reason ?? "failed")); break;
        }
    }
}

/// <summary>One input that failed.</summary>
/// <param name="Source">Path, URL or path:line.</param>
/// <param name="Reason">Why.</param>
public sealed record IngestFailure(string Source, string Reason);

/// <summary>The outcome for one input.</summary>
public enum IngestOutcome
{
    /// <summary>Stored for the first time.</summary>
    New,
    /// <summary>Already stored.</summary>
    Unchanged,
    /// <summary>Could not be read or analysed.</summary>
    Failed,
}
