namespace Sitrep.Text;

/// <summary>Character tests shared by the tokenizer and the sentence splitter.</summary>
internal static class CharClass
{
    /// <summary>Straight and curly, double and single quotation marks, plus guillemets.</summary>
    public static bool IsQuote(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '„' or '‟' or '«' or '»' or '‹' or '›';

    /// <summary>Marks that can only open a quotation.</summary>
    public static bool IsOpeningQuote(char c) => c is '“' or '‘' or '„' or '«' or '‹';

    /// <summary>Apostrophes: the straight one and the right single quotation mark.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary>Hyphens that join parts of one word.</summary>
    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    /// <summary>Em dash, en dash, horizontal bar, figure dash.</summary>
    public static bool IsDash(char c) => c is '—' or '–' or '―' or '‒';

    /// <summary>Line and paragraph separators.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>Letters, digits and combining marks: the body of a word.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
