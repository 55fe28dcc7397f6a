using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>Splits a speaker phrase into its name and the titles before it ("Russian Foreign Minister | Sergey Lavrov").</summary>
internal static class SpeakerNames
{
    /// <summary>The first token of the name proper within the phrase [<paramref name="first"/>, <paramref name="last"/>].</summary>
    public static int NameStart(QuoteText t, int first, int last)
    {
        var start = first;
        for (var i = first; i < last; i++)
        {
            var cls = t.ClassOf(i);
            var word = t.Word(i);
            var title = (cls & (WordClass.Role | WordClass.Modifier | WordClass.Determiner | WordClass.Country)) != 0
                || t.Kind(i) == TokenKind.Abbreviation
                || t.Kind(i) == TokenKind.Clitic
                || t.IsLowerWord(i)
                || (t.IsCapitalized(i) && IsDemonym(word));
            if (title || t.Kind(i + 1) == TokenKind.Clitic)
            {
                start = i + 1;
            }
        }

        return start;
    }

    /// <summary>True for nationality adjectives by their common endings ("Russian", "Chinese", "British").</summary>
    public static bool IsDemonym(ReadOnlySpan<char> word) =>
        word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal)
        || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
        || word.SequenceEqual("French") || word.SequenceEqual("Dutch") || word.SequenceEqual("Greek")
        || word.SequenceEqual("Thai") || word.SequenceEqual("Israeli") || word.SequenceEqual("Iraqi")
        || word.SequenceEqual("Pakistani") || word.SequenceEqual("Saudi");

    /// <summary>The last word of a name (the surname for people).</summary>
    public static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> name)
    {
        var space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }
}
