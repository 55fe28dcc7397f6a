using System.Security.Cryptography;
using System.Text;
using Sitrep.Text;

namespace Sitrep.Corpus.Readers;

/// <summary>
/// Reads an HTML article with SmartReader (a Readability port): title, byline, publication date and main
/// text. The extracted text, not the HTML, is the document every span points into.
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>Pages whose extracted text has fewer letters than this are refused as holding no article.</summary>
    public const int MinimumLetters = 40;

    /// <summary>Reads an HTML file.</summary>
    public static ReadItem ReadFile(string path, DateOnly? published = null)
    {
        var decoded = WebTextDecoder.Decode(File.ReadAllBytes(path));
        return decoded.Text is { } html
            ? Read(html, path, new Uri(Path.GetFullPath(path)).AbsoluteUri, published)
            : ReadItem.Fail(path, decoded.Error!);
    }

    /// <summary>Extracts the article from <paramref name="html"/>.</summary>
    /// <param name="html">The page.</param>
    /// <param name="source">Where it came from (shown in messages and stored).</param>
    /// <param name="url">The page URL (absolute; resolves relative links).</param>
    /// <param name="published">Publication date to use when the page does not state one.</param>
    public static ReadItem Read(string html, string source, string url, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        SmartReader.Article article;
        try
        {
            // Short wire stories fall under Readability's defaults (500 characters); extract them anyway.
            article = new SmartReader.Reader(url, HtmlDepth.Flatten(html)) { ContinueIfNotReadable = true, CharThreshold = 200 }.GetArticle();
        }
#pragma warning disable CA1031 // SmartReader throws many types on malformed pages; each is one failed document.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return ReadItem.Fail(source, $"HTML could not be parsed: {e.Message}");
        }

        var text = Tidy(article.TextContent);
        // Fewer letters than a one-line news brief means navigation debris or a broken page, not an article.
        if (text.Count(char.IsLetter) < MinimumLetters)
        {
            return ReadItem.Fail(source, "HTML holds no readable article text");
        }

        return ReadItem.Ok(new SourceDocument
        {
            Text = text,
            Source = source,
            Url = url.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? url : null,
            Title = Blank(article.Title),
            Byline = Blank(article.Byline) ?? Blank(article.Author),
            Published = article.PublicationDate is { } date ? DateOnly.FromDateTime(date) : published,
            RawHtml = html,
        });
    }

    /// <summary>SHA-256 of the raw HTML, stored beside the extracted text so the page can be matched later.</summary>
    public static string HashOf(string html) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html)));

    // Readability keeps the page's indentation; collapse runs of blank lines and trailing spaces so the
    // document reads like an article. Done once, before analysis, so spans stay consistent.
    private static string Tidy(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (builder.Length > 0 && !EndsWithBlankLine(builder))
                {
                    builder.Append('\n');
                }

                continue;
            }

            if (builder.Length > 0 && builder[^1] != '\n')
            {
                builder.Append('\n');
            }

            builder.Append(line).Append('\n');
        }

        return builder.ToString().Trim();
    }

    private static bool EndsWithBlankLine(StringBuilder builder) => builder.Length >= 2 && builder[^1] == '\n' && builder[^2] == '\n';

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
