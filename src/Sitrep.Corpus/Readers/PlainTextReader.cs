using Sitrep.Text;

namespace Sitrep.Corpus.Readers;

/// <summary>Reads plain text and Markdown files; the text is kept exactly as decoded (BOM removed).</summary>
public static class PlainTextReader
{
    /// <summary>Reads <paramref name="path"/>; a Markdown file's first <c># heading</c> becomes the title.</summary>
    public static ReadItem Read(string path, DateOnly? published = null)
    {
        var decoded = WebTextDecoder.Decode(File.ReadAllBytes(path));
        if (decoded.Text is not { } text)
        {
            return ReadItem.Fail(path, decoded.Error!);
        }

        return ReadItem.Ok(new SourceDocument { Text = text, Source = path, Title = IsMarkdown(path) ? MarkdownTitle(text) : null, Published = published });
    }

    /// <summary>Whether <paramref name="path"/> names a Markdown file.</summary>
    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text of the first ATX level-1 heading, if the document starts with one.</summary>
    public static string? MarkdownTitle(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            return trimmed.StartsWith("# ") ? trimmed[2..].Trim().ToString() : null;
        }

        return null;
    }
}
