using System.Text;

namespace Sitrep.Corpus.Store;

/// <summary>
/// Builds a search snippet in memory: the first passage where a query word (or its stem) starts a word,
/// with matching words in [brackets]. FTS5's snippet() and PostgreSQL's ts_headline re-tokenise the whole
/// document through the index (about a millisecond each), which dominated search latency.
/// </summary>
internal static class Snippet
{
    private static readonly string[] Suffixes = ["ing", "es", "ed", "s"];

    public static string Of(string text, string query, int width = 200)
    {
        var stems = Stems(query);
        var first = FirstMatch(text, stems);
        var start = first < 0 ? 0 : Math.Max(0, first - width / 3);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start++;
        }

        var end = Math.Min(text.Length, start + width);
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        var builder = new StringBuilder(width + 20).Append(start > 0 ? "…" : "");
        var i = start;
        while (i < end)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                var j = i;
                while (j < end && char.IsLetterOrDigit(text[j]))
                {
                    j++;
                }

                var word = text.Substring(i, j - i);
                var hit = stems.Exists(s => word.StartsWith(s, StringComparison.OrdinalIgnoreCase));
                builder.Append(hit ? "[" : "").Append(word).Append(hit ? "]" : "");
                i = j;
            }
            else
            {
                builder.Append(text[i] is '\n' or '\r' ? ' ' : text[i]);
                i++;
            }
        }

        return builder.Append(end < text.Length ? "…" : "").ToString();
    }

    private static List<string> Stems(string query)
    {
        var stems = new List<string>();
        foreach (var word in query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var w = new string(word.Where(char.IsLetterOrDigit).ToArray());
            var suffix = Suffixes.FirstOrDefault(s => w.Length > s.Length + 3 && w.EndsWith(s, StringComparison.OrdinalIgnoreCase));
            if (w.Length > 0)
            {
                stems.Add(suffix is null ? w : w[..^suffix.Length]);
            }
        }

        return stems;
    }

    private static int FirstMatch(string text, List<string> stems)
    {
        var best = -1;
        foreach (var stem in stems)
        {
            var from = 0;
            while ((from = text.IndexOf(stem, from, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                if (from == 0 || !char.IsLetterOrDigit(text[from - 1]))
                {
                    best = best < 0 ? from : Math.Min(best, from);
                    break;
                }

                from++;
            }
        }

        return best;
    }
}
