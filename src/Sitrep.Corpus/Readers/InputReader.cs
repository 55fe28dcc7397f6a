namespace Sitrep.Corpus.Readers;

/// <summary>
/// Turns paths (files and folders, searched recursively) into a lazy stream of read documents, choosing
/// the reader by extension. Nothing is loaded ahead: memory stays flat whatever the corpus size.
/// </summary>
public static class InputReader
{
    private static readonly string[] TextExtensions = [".txt", ".text", ".md", ".markdown"];
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];
    private static readonly string[] JsonExtensions = [".json"];
    private static readonly HashSet<string> FolderDocumentation = new(["README", "LICENSE", "NOTICE", "CHANGELOG"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads every document under <paramref name="paths"/>, in a stable (ordinal) order.</summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="published">Publication date for documents that do not state one.</param>
    /// <param name="maxBytes">Text and HTML files larger than this are failed items, never read into memory.</param>
    public static IEnumerable<ReadItem> Read(IEnumerable<string> paths, DateOnly? published = null, long maxBytes = Ingest.InputBudget.DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Files(path))
                {
                    foreach (var item in ReadFile(file, published, maxBytes))
                    {
                        yield return item;
                    }
                }
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path, published, maxBytes))
                {
                    yield return item;
                }
            }
            else
            {
                yield return ReadItem.Fail(path, "no such file or directory");
            }
        }
    }

    /// <summary>
    /// Whether a file found in a folder is one Sitrep reads: a text, HTML or JSON Lines file that is not the
    /// folder's own documentation (README, LICENSE, NOTICE, CHANGELOG); named on the command line, any file is read.
    /// </summary>
    public static bool IsReadable(string path) =>
        KindOf(path) is { } kind && !FolderDocumentation.Contains(Path.GetFileNameWithoutExtension(path))
        && (kind != "json" || Path.GetFileName(path).Equals("result.json", StringComparison.OrdinalIgnoreCase)); // a folder's other .json files are not articles

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(IsReadable)
            .Order(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="path"/> is read by a structured reader (HTML, JSON Lines) rather than as plain text.</summary>
    public static bool IsStructured(string path) => KindOf(path) is "html" or "jsonl";

    private static IEnumerable<ReadItem> ReadFile(string path, DateOnly? published, long maxBytes)
    {
        // A JSON Lines file holds many documents: each line is measured by the budget instead.
        if (KindOf(path) != "jsonl" && new FileInfo(path).Length > maxBytes)
        {
            return [ReadItem.Fail(path, Ingest.InputBudget.TooLarge(maxBytes))];
        }

        switch (KindOf(path))
        {
            case "html":
                return [Guard(path, () => HtmlArticleReader.ReadFile(path, published))];
            case "jsonl":
                return JsonLinesReader.Read(path, published);
            case "json":
                return TelegramExportReader.IsExport(path)
                    ? TelegramExportReader.Read(path)
                    : [ReadItem.Fail(path, "a .json file is read only as a Telegram Desktop export (result.json with \"messages\"); use .jsonl for one article a line")];
            default:
                // An explicitly named file with another extension is read as plain text.
                return [Guard(path, () => PlainTextReader.Read(path, published))];
        }
    }

    private static ReadItem Guard(string path, Func<ReadItem> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadItem.Fail(path, e.Message);
        }
    }

    private static string? KindOf(string path)
    {
        var extension = Path.GetExtension(path);
        bool Is(string[] set) => set.Contains(extension, StringComparer.OrdinalIgnoreCase);
        return Is(TextExtensions) ? "text" : Is(HtmlExtensions) ? "html" : Is(JsonLinesExtensions) ? "jsonl" : Is(JsonExtensions) ? "json" : null;
    }
}
