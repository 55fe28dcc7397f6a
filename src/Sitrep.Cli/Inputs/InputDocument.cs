namespace Sitrep.Cli.Inputs;

/// <summary>One input named on the command line: decoded text, or why it could not be read.</summary>
/// <param name="Source">The path, or "-" for standard input.</param>
/// <param name="Text">The decoded text, when readable.</param>
/// <param name="Error">Why it could not be read.</param>
public sealed record InputDocument(string Source, string? Text, string? Error);
