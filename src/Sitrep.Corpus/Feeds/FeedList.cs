namespace Sitrep.Corpus.Feeds;

/// <summary>
/// A list of feeds, one http(s) address a line; blank lines and lines starting with <c>#</c> are skipped and a
/// feed listed twice is polled once. A line that is not an http(s) address refuses the whole list, naming its
/// line, so a typo is not silently never polled.
/// </summary>
public static class FeedList
{
    /// <summary>The addresses in <paramref name="lines"/>, in order; <see cref="FormatException"/> names the first bad line.</summary>
    public static IReadOnlyList<string> Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var urls = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!Uri.TryCreate(line, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new FormatException($"line {number}: '{line}' is not an http(s) feed address");
            }

            if (seen.Add(line))
            {
                urls.Add(line);
            }
        }

        return urls;
    }
}
