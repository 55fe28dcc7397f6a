namespace Sitrep.Corpus.Readers;

/// <summary>
/// Caps how deep a page's elements nest before it is parsed, as browsers do (Chromium's parser stops at 512):
/// a start tag deeper than <see cref="MaxDepth"/> is dropped with its end tag, so its content joins its
/// ancestor's. Tree building and Readability walk ancestors per node, so 100k nested <c>&lt;div&gt;</c>s cost
/// time quadratic in the depth (a minute for 1 MB); no article nests anywhere near this deep.
/// </summary>
public static class HtmlDepth
{
    /// <summary>Deepest element nesting kept.</summary>
    public const int MaxDepth = 512;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
    };

    /// <summary><paramref name="html"/> unchanged when it nests at most <see cref="MaxDepth"/> deep, else flattened below that depth.</summary>
    public static string Flatten(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var (depth, dropped, copied) = (0, 0, 0);
        System.Text.StringBuilder? output = null;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                continue; // comments, doctype, text such as "a < b"
            }

            var end = html.IndexOf('>', nameStart);
            if (end < 0)
            {
                break;
            }

            var nameEnd = nameStart;
            while (nameEnd < end && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (Void.Contains(html.AsSpan(nameStart, nameEnd - nameStart).ToString()) || (!closing && html[end - 1] == '/'))
            {
                continue;
            }

            bool drop;
            if (closing)
            {
                drop = dropped > 0;
                if (drop)
                {
                    dropped--;
                }
                else
                {
                    depth = Math.Max(0, depth - 1);
                }
            }
            else
            {
                drop = depth >= MaxDepth;
                if (drop)
                {
                    dropped++;
                }
                else
                {
                    depth++;
                }
            }

            if (drop)
            {
                output ??= new System.Text.StringBuilder(html.Length);
                output.Append(html, copied, i - copied);
                copied = end + 1;
            }

            i = end;
        }

        return output is null ? html : output.Append(html, copied, html.Length - copied).ToString();
    }
}
