using System.Globalization;
using System.Text.Json;
using Sitrep.Text;

namespace Sitrep.Evaluation.Articles;

/// <summary>One article of the development set: its body, publication date and gold.</summary>
/// <param name="Name">File name without extension ("001").</param>
/// <param name="Source">The outlet style named on line 1.</param>
/// <param name="Body">The document: every line after the two header lines, joined by '\n'.</param>
/// <param name="Published">Line 2's date, or null for "unknown".</param>
/// <param name="Gold">The gold answer.</param>
public sealed record Article(string Name, string Source, string Body, DateOnly? Published, ArticleGold Gold);

/// <summary>Reads <c>NNN.txt</c> with its <c>NNN.gold.json</c> and places gold text in the body.</summary>
public static class ArticleReader
{
    private const string SourceHeader = "# source:";
    private const string PublishedHeader = "# published:";

    /// <summary>Reads every article of <paramref name="directory"/> in file-name order.</summary>
    /// <exception cref="InvalidDataException">A file is not in the articles format.</exception>
    public static IReadOnlyList<Article> ReadDirectory(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.gold.json").Order(StringComparer.Ordinal).Select(Read)];

    /// <summary>Reads one gold file and the article beside it.</summary>
    /// <exception cref="InvalidDataException">A file is missing or not in the articles format.</exception>
    public static Article Read(string goldPath)
    {
        var textPath = goldPath[..^".gold.json".Length] + ".txt";
        if (!File.Exists(textPath))
        {
            throw new InvalidDataException($"{goldPath}: the article '{textPath}' is missing");
        }

        var lines = File.ReadAllText(textPath).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 3 || !lines[0].StartsWith(SourceHeader, StringComparison.Ordinal) || !lines[1].StartsWith(PublishedHeader, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{textPath}: expected '{SourceHeader} ...' and '{PublishedHeader} ...' on lines 1 and 2");
        }

        var published = lines[1][PublishedHeader.Length..].Trim();
        DateOnly? date = DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        ArticleGold gold;
        try
        {
            gold = JsonSerializer.Deserialize(File.ReadAllText(goldPath), ArticleGoldJsonContext.Default.ArticleGold)
                ?? throw new InvalidDataException($"{goldPath}: holds null");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{goldPath}: not an articles gold file ({e.Message})", e);
        }

        var name = Path.GetFileName(textPath)[..^".txt".Length];
        return new Article(name, lines[0][SourceHeader.Length..].Trim(), string.Join('\n', lines.Skip(2)), date, gold);
    }

    /// <summary>
    /// The spans of gold evidence (substrings joined by <c> [...] </c>) in <paramref name="body"/>; a piece
    /// that does not occur is left out.
    /// </summary>
    public static IReadOnlyList<TextSpan> Locate(string body, string? joined)
    {
        if (string.IsNullOrWhiteSpace(joined))
        {
            return [];
        }

        var spans = new List<TextSpan>();
        var from = 0;
        foreach (var piece in joined.Split("[...]", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var at = body.IndexOf(piece, from, StringComparison.Ordinal);
            if (at < 0)
            {
                at = body.IndexOf(piece, StringComparison.Ordinal);
            }

            if (at >= 0)
            {
                spans.Add(new TextSpan(at, at + piece.Length));
                from = at + piece.Length;
            }
        }

        return spans;
    }
}
