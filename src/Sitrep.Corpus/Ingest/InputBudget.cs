using System.Text;
using Sitrep.Corpus.Readers;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Corpus.Ingest;

/// <summary>
/// The size and time every document may cost, and what its text must be, checked in one place for every
/// entry point (extract, ingest of files and feeds, POST, worker): at most <see cref="MaxBytes"/> bytes of
/// UTF-8 (and of raw HTML), no NUL characters and no unpaired surrogates (text the stores and the JSON
/// report could not give back unchanged), and analysis within <see cref="TimeBudget"/>.
/// </summary>
public sealed record InputBudget
{
    /// <summary>Default size limit of one document: 5 MB.</summary>
    public const long DefaultMaxBytes = 5_000_000;

    /// <summary>Default analysis time of one document: 60 s (a 5 MB article takes a few seconds).</summary>
    public static readonly TimeSpan DefaultTimeBudget = TimeSpan.FromSeconds(60);

    /// <summary>The defaults.</summary>
    public static InputBudget Default { get; } = new();

    /// <summary>Largest document accepted, in bytes (UTF-8 of the text; the raw HTML counts too).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Longest analysis of one document; longer is a failed document with a clear reason.</summary>
    public TimeSpan TimeBudget { get; init; } = DefaultTimeBudget;

    /// <summary>Why <paramref name="document"/> is refused, or null when it is within the budget.</summary>
    public string? Refusal(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (document.RawHtml is { } html ? SizeRefusal(html) : null) ?? Refusal(document.Text);
    }

    /// <summary>Why <paramref name="text"/> is refused, or null when it is within the budget.</summary>
    public string? Refusal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (SizeRefusal(text) is { } size)
        {
            return size;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return "contains NUL characters (binary data), not text";
        }

        return Utf16.HasUnpairedSurrogate(text) ? "contains unpaired surrogates: not valid Unicode text" : null;
    }

    /// <summary>The refusal for a body or file of <paramref name="bytes"/> bytes, or null when it fits.</summary>
    public string? SizeRefusal(long bytes) => bytes > MaxBytes ? TooLarge(MaxBytes) : null;

    /// <summary>The refusal of anything over <paramref name="maxBytes"/>: the same words at every entry point.</summary>
    public static string TooLarge(long maxBytes) => $"larger than the limit of {maxBytes:N0} bytes (raise it with --max-bytes)";

    /// <summary>
    /// Analyses <paramref name="text"/> within <see cref="TimeBudget"/>; over it, throws
    /// <see cref="InputBudgetException"/>. The engine checks the token between stages, so a document can
    /// overrun by at most one stage.
    /// </summary>
    public Report Analyze(Analyzer analyzer, string text, DocumentInfo? info, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeBudget);
        try
        {
            return analyzer.Analyze(text, info, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InputBudgetException($"analysis took longer than the time budget of {TimeBudget.TotalSeconds:0.#} s (raise it with --time-budget)");
        }
    }

    private string? SizeRefusal(string text) =>
        // Two bytes or fewer per UTF-16 unit up to U+07FF, three beyond: count only when it could matter.
        (long)text.Length * 3 > MaxBytes ? SizeRefusal(Encoding.UTF8.GetByteCount(text)) : null;
}

/// <summary>A document over its <see cref="InputBudget"/>: the message says which limit and how to raise it.</summary>
public sealed class InputBudgetException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InputBudgetException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InputBudgetException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public InputBudgetException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
