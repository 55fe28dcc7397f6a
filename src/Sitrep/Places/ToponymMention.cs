using Sitrep.Text;

namespace Sitrep.Places;

/// <summary>
/// A place name found in the text (or given, in evaluation): its span including any kind word
/// ("Sumy region"), and the mention that names its container ("Konotop, Sumy region" -> Sumy region).
/// </summary>
/// <param name="Span">The mention as reported.</param>
/// <param name="Container">Index of the mention that names the containing region or country, or -1.</param>
internal readonly record struct ToponymMention(TextSpan Span, int Container = -1)
{
    /// <summary>
    /// True when the text between two names makes the second the first's container: ",", "(" or "in", and the
    /// Ukrainian and Russian "в" / "у" ("Новоалександровка в Донецкой области").
    /// </summary>
    public static bool IsContainerGap(ReadOnlySpan<char> gap)
    {
        gap = gap.Trim();
        return gap is "," or "(" or "в" or "у" or "во" || gap.Equals("in", StringComparison.Ordinal);
    }
}
