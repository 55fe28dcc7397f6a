namespace Sitrep.Text;

/// <summary>
/// A dateline opening a sentence ("KYIV, Ukraine — ...", "ODESA (Reuters) — ..."): where the story was
/// filed, not where anything in it happened, and not part of a reported clause. A capitalised word, then
/// only capitalised words, commas, full stops and brackets, then a dash within a few tokens.
/// </summary>
public static class Dateline
{
    private const int Window = 8;

    /// <summary>
    /// The index of the first token after the dateline that opens the sentence starting at token
    /// <paramref name="first"/>, or null when the sentence does not open with one.
    /// </summary>
    public static int? BodyStart(string text, ReadOnlySpan<Token> tokens, int first)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (first < 0 || first >= tokens.Length || !Capitalised(text, tokens[first]) || tokens[first].Span.Length < 2)
        {
            return null;
        }

        for (var k = first + 1; k < tokens.Length && k <= first + Window; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Dash)
            {
                return k + 1 < tokens.Length ? k + 1 : null;
            }

            if (token.LineBreakBefore || !(Capitalised(text, token) || IsListPunctuation(text, token) || IsDay(text, token)))
            {
                return null;
            }
        }

        return null;
    }

    private static bool Capitalised(string text, Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(text[token.Start]);

    // "KYIV, Jan 28 (Reuters) -": the day of the month in a wire dateline.
    private static bool IsDay(string text, Token token) =>
        token.Kind == TokenKind.Number && token.Span.Length <= 2 && char.IsAsciiDigit(text[token.Start]);

    private static bool IsListPunctuation(string text, Token token) =>
        token.Span.Length == 1 && text[token.Start] is ',' or '.' or '(' or ')';
}
