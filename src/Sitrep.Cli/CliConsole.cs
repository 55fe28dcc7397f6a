namespace Sitrep.Cli;

/// <summary>The streams a command talks to.</summary>
/// <param name="OpenInput">Opens standard input as raw bytes (for "-").</param>
/// <param name="Out">Where results go.</param>
/// <param name="Error">Where one-line errors and progress go.</param>
public sealed record CliConsole(Func<Stream> OpenInput, TextWriter Out, TextWriter Error)
{
    /// <summary>Prints <c>sitrep: error: MESSAGE</c> on one line and returns <paramref name="exitCode"/>.</summary>
    public int Fail(string message, int exitCode)
    {
        Error.WriteLine($"sitrep: error: {message.ReplaceLineEndings(" ")}");
        return exitCode;
    }
}

/// <summary>Exit codes of the sitrep command.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>Some input could not be processed, or a quality floor was missed.</summary>
    public const int Failed = 1;

    /// <summary>The command line or an input was unusable.</summary>
    public const int Usage = 2;

    /// <summary>A bug in Sitrep.</summary>
    public const int Internal = 70;
}

/// <summary>An expected failure reported as one line, never a stack trace.</summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the failure.</summary>
    public CliException(string message, int exitCode = ExitCodes.Usage) : base(message) => ExitCode = exitCode;

    /// <summary>Creates the failure.</summary>
    public CliException() : this("failed") { }

    /// <summary>Creates the failure.</summary>
    public CliException(string message, Exception inner) : base(message, inner) => ExitCode = ExitCodes.Usage;

    /// <summary>The exit code to return.</summary>
    public int ExitCode { get; }
}
