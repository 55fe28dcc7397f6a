using System.Text;

namespace Sitrep.Cli.Output;

/// <summary>Standard output, or a file opened for writing (UTF-8, no BOM).</summary>
internal sealed class OutputSink : IDisposable
{
    private readonly StreamWriter? _file;

    private OutputSink(TextWriter writer, StreamWriter? file)
    {
        Writer = writer;
        _file = file;
    }

    /// <summary>Where to write.</summary>
    public TextWriter Writer { get; }

    /// <summary>Opens <paramref name="path"/>, or wraps <paramref name="standardOutput"/> when it is null.</summary>
    public static OutputSink Open(string? path, TextWriter standardOutput)
    {
        if (path is null)
        {
            return new OutputSink(standardOutput, null);
        }

        try
        {
            var file = new StreamWriter(path, append: false, new UTF8Encoding(false));
            return new OutputSink(file, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{path}': {e.Message}");
        }
    }

    /// <summary>Opens <paramref name="path"/> for an optional side file (an error dump); null when no path is given.</summary>
    public static OutputSink? OpenOptional(string? path) => path is null ? null : Open(path, TextWriter.Null);

    public void Dispose()
    {
        Writer.Flush();
        _file?.Dispose();
    }
}
