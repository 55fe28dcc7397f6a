using System.Reflection;

namespace Sitrep.Lexicons;

/// <summary>Reads the engine's embedded data files: one entry a line, <c>#</c> starts a comment.</summary>
internal static class LexiconResource
{
    /// <summary>The non-blank, non-comment lines of the embedded file <paramref name="fileName"/>.</summary>
    public static IEnumerable<string> ReadLines(string fileName)
    {
        var name = "Sitrep.Lexicons." + fileName;
        using var stream = typeof(LexiconResource).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded lexicon '{name}' is missing from the engine build.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return trimmed;
            }
        }
    }

    /// <summary>Lines split on tabs into fields.</summary>
    public static IEnumerable<string[]> ReadRows(string fileName) =>
        ReadLines(fileName).Select(line => line.Split('\t'));
}
