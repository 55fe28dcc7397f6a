using Sitrep.Corpus.Readers;
using Sitrep.Text;

namespace Sitrep.Cli.Inputs;

/// <summary>
/// Expands the command line's FILE...|DIR|- into documents. Directories are searched recursively for
/// <c>.txt</c> files in a stable (ordinal) order. Problems with one file become that file's error;
/// problems with the command line itself throw <see cref="CliException"/>.
/// </summary>
public static class InputCollector
{
    /// <summary>Default size limit of one input: the ingest budget's.</summary>
    public const long DefaultMaxBytes = Corpus.Ingest.InputBudget.DefaultMaxBytes;

    /// <summary>Resolves <paramref name="arguments"/> to the paths (or "-") to read, in order.</summary>
    public static IReadOnlyList<string> Expand(IReadOnlyList<string> arguments)
    {
        var sources = new List<string>();
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                sources.Add(argument);
            }
            else if (Directory.Exists(argument))
            {
                var files = Directory.EnumerateFiles(argument, "*.txt", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0)
                {
                    throw new CliException($"directory '{argument}' holds no .txt files (HTML and feeds are read by 'sitrep ingest')");
                }

                sources.AddRange(files);
            }
            else if (File.Exists(argument))
            {
                sources.Add(argument);
            }
            else
            {
                throw new CliException($"no such file or directory: '{argument}'");
            }
        }

        return sources;
    }

    /// <summary>Reads and decodes one source, refusing inputs above <paramref name="maxBytes"/>.</summary>
    public static InputDocument Read(string source, Func<Stream> openStandardInput, long maxBytes)
    {
        try
        {
            using var stream = source == "-" ? openStandardInput() : File.OpenRead(source);
            var bytes = BoundedRead.ReadAtMost(stream, maxBytes);
            if (bytes is null)
            {
                return new InputDocument(source, null, Corpus.Ingest.InputBudget.TooLarge(maxBytes));
            }

            if (bytes.Length == 0)
            {
                return new InputDocument(source, null, "empty: no text to analyze");
            }

            var decoded = TextDecoder.Decode(bytes);
            return new InputDocument(source, decoded.Text, decoded.Error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InputDocument(source, null, $"cannot read: {e.Message}");
        }
    }
}
