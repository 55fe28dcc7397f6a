using System.Globalization;
using Sitrep.Text;

namespace Sitrep.Evaluation.Polnear;

/// <summary>One gold attribution of PolNeAR: content pieces, cue pieces and source pieces (may be empty).</summary>
/// <param name="Content">Content pieces in text order (several when the cue interrupts it).</param>
/// <param name="Cue">Cue pieces.</param>
/// <param name="Source">Source pieces; empty for an attribution without a source.</param>
public sealed record PolnearAttribution(IReadOnlyList<TextSpan> Content, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Source)
{
    /// <summary>From the first content piece's start to the last one's end.</summary>
    public TextSpan ContentHull => Hull(Content);

    /// <summary>The smallest span covering every piece (empty when there are none).</summary>
    public static TextSpan Hull(IReadOnlyList<TextSpan> pieces) =>
        pieces.Count == 0 ? default : new TextSpan(pieces.Min(p => p.Start), pieces.Max(p => p.End));
}

/// <summary>One PolNeAR article: its text and the attributions of one annotator.</summary>
/// <param name="Name">File name without extension.</param>
/// <param name="Text">The article text.</param>
/// <param name="Attributions">Gold attributions.</param>
public sealed record PolnearArticle(string Name, string Text, IReadOnlyList<PolnearAttribution> Attributions);

/// <summary>
/// Reads a PolNeAR split (<c>text/*.txt</c> + <c>attributions/*.ann</c>, brat standoff). Articles with
/// several annotation files are scored on the alphabetically first one. Discuss/Discard spans, notes
/// and stray lines are skipped; offsets are trusted over the covered-text column.
/// </summary>
public static class PolnearGold
{
    /// <summary>All articles of <paramref name="splitDirectory"/> in name order.</summary>
    public static List<PolnearArticle> Read(string splitDirectory)
    {
        var textDirectory = Path.Combine(splitDirectory, "text");
        var annotationDirectory = Path.Combine(splitDirectory, "attributions");
        if (!Directory.Exists(textDirectory) || !Directory.Exists(annotationDirectory))
        {
            throw new InvalidDataException($"{splitDirectory}: not a PolNeAR split (needs text/ and attributions/)");
        }

        var articles = new List<PolnearArticle>();
        foreach (var textPath in Directory.EnumerateFiles(textDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textPath);
            var annotation = Directory.EnumerateFiles(annotationDirectory, name + "_*.ann")
                .Where(p => Path.GetFileNameWithoutExtension(p).Length == name.Length + 5)
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            if (annotation is not null)
            {
                articles.Add(new PolnearArticle(name, File.ReadAllText(textPath), ReadAnnotations(File.ReadLines(annotation))));
            }
        }

        return articles;
    }

    /// <summary>Parses the lines of one <c>.ann</c> file.</summary>
    public static List<PolnearAttribution> ReadAnnotations(IEnumerable<string> lines)
    {
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var relations = new List<string[]>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length >= 2 && fields[0].StartsWith('T'))
            {
                var typeAndOffsets = fields[1];
                var space = typeAndOffsets.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0)
                {
                    spans[fields[0]] = ParsePieces(typeAndOffsets[(space + 1)..]);
                }
            }
            else if (fields.Length >= 2 && fields[0].StartsWith('E'))
            {
                relations.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        var attributions = new List<PolnearAttribution>();
        foreach (var roles in relations)
        {
            List<TextSpan> Role(string name) =>
                roles.Select(r => r.Split(':')).Where(r => r.Length == 2 && r[0] == name && spans.ContainsKey(r[1]))
                    .SelectMany(r => spans[r[1]]).OrderBy(s => s.Start).ToList();

            var content = Role("Content");
            if (content.Count > 0)
            {
                attributions.Add(new PolnearAttribution(content, Role("Cue"), Role("Source")));
            }
        }

        return attributions;
    }

    private static List<TextSpan> ParsePieces(string offsets)
    {
        var pieces = new List<TextSpan>();
        foreach (var piece in offsets.Split(';'))
        {
            var ends = piece.Trim().Split(' ');
            if (ends.Length == 2
                && int.TryParse(ends[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                && int.TryParse(ends[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
            {
                pieces.Add(new TextSpan(start, end));
            }
        }

        return pieces;
    }
}
