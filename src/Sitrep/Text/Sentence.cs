namespace Sitrep.Text;

/// <summary>A sentence: a character span plus the range of tokens it holds.</summary>
/// <param name="Span">Characters of the sentence, from its first token's start to its last token's end.</param>
/// <param name="FirstToken">Index of the first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="Paragraph">Index of the paragraph that holds the sentence.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, int Paragraph)
{
    /// <summary>Index one past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
