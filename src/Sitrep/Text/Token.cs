namespace Sitrep.Text;

/// <summary>
/// One token: a view of <see cref="Span"/> in the document text. Tokens never alter the text;
/// the characters are always read back from the document.
/// </summary>
/// <param name="Span">Where the token lies in the text (end exclusive).</param>
/// <param name="Kind">What kind of token it is.</param>
/// <param name="LineBreakBefore">True when a line break separates this token from the previous one.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind, bool LineBreakBefore)
{
    /// <summary>Index of the first code unit.</summary>
    public int Start => Span.Start;

    /// <summary>Index one past the last code unit.</summary>
    public int End => Span.End;
}
