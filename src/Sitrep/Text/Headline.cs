namespace Sitrep.Text;

/// <summary>
/// Finds a headline: a first paragraph, followed by more text, that is short and does not end in
/// terminal punctuation ("Russian missiles hit Odesa port" above the story).
/// </summary>
public static class Headline
{
    /// <summary>Headlines longer than this many tokens are taken for body text.</summary>
    public const int MaxTokens = 40;

    /// <summary>The headline's span, or null when the document does not open with one.</summary>
    public static TextSpan? Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var paragraphs = document.Paragraphs;
        if (paragraphs.Length < 2 || paragraphs[0].SentenceCount != 1)
        {
            return null;
        }

        var sentence = document.Sentences[paragraphs[0].FirstSentence];
        var last = document.Tokens[sentence.EndToken - 1];
        return sentence.TokenCount <= MaxTokens && last.Kind != TokenKind.Terminal && last.Kind != TokenKind.Quote
            ? sentence.Span
            : null;
    }
}
