using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// The struck object as a noun phrase: the target noun of the lexicon with the modifiers before it
/// ("electric power substation", "Antioquia liqueur plant"), so the evidence names the object, not
/// only its kind. Modifiers are words that are no function word, verb form or other lexicon match.
/// </summary>
internal static class TargetPhrase
{
    private const int MaxModifiers = 3;

    private static readonly HashSet<string> Stops =
    [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "near", "into", "onto", "against", "and", "or",
        "but", "as", "was", "were", "is", "are", "be", "been", "two", "three", "four", "five", "several", "some",
        "other", "another", "which", "who", "where", "when", "while", "also", "had", "has", "have", "it", "they",
        "he", "she", "we", "local", "nearby", "same", "one", "all", "both", "many",
    ];

    /// <summary>The noun phrase ending with <paramref name="noun"/>.</summary>
    public static TextSpan Of(Words w, SentenceScan scan, Hit<TargetType> noun)
    {
        var first = noun.First;
        while (first > scan.Start && noun.First - first < MaxModifiers && Modifier(w, scan, first - 1))
        {
            first--;
        }

        return w.Span(first, noun.Last);
    }

    private static bool Modifier(Words w, SentenceScan scan, int i)
    {
        var word = w.Lower[i];
        return w.Tokens[i].Kind == TokenKind.Word && !Stops.Contains(word) && !word.EndsWith("ed", StringComparison.Ordinal)
            && !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith("ly", StringComparison.Ordinal)
            && !scan.Triggers.Exists(h => h.First <= i && i <= h.Last) && !scan.Weapons.Exists(h => h.First <= i && i <= h.Last)
            && !scan.Perpetrators.Exists(h => h.First <= i && i <= h.Last) && !scan.Countries.Exists(h => h.First <= i && i <= h.Last);
    }
}
