namespace Sitrep.Text;

/// <summary>
/// Finds a headline: a first paragraph of one short sentence, followed by more text, that does not end
/// in terminal punctuation ("Russian missiles hit Odesa port" above the story) or is in title case.
/// </summary>
public static class Headline
{
    /// <summary>Headlines longer than this many tokens are taken for body text.</summary>
    public const int MaxTokens = 40;

    /// <summary>The headline's span, or null when the document does not open with one.</summary>
    public static TextSpan? Find(Document document) =>
        SentenceIndex(document) is { } s ? document.Sentences[s].Span : null;

    /// <summary>The index of the headline's sentence, or null when the document does not open with one.</summary>
    public static int? SentenceIndex(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var paragraphs = document.Paragraphs;
        if (paragraphs.Length < 2 || paragraphs[0].SentenceCount != 1)
        {
            return null;
        }

        var index = paragraphs[0].FirstSentence;
        var sentence = document.Sentences[index];
        var last = document.Tokens[sentence.EndToken - 1];
        var unpunctuated = last.Kind != TokenKind.Terminal && last.Kind != TokenKind.Quote;
        return sentence.TokenCount <= MaxTokens && (unpunctuated || InTitleCase(document, sentence)) ? index : null;
    }

    /// <summary>
    /// True when most longer words are capitalised ("Poll Shows Wealthy Voters Abandon Party."): body
    /// sentences never look like that, so such a line is a headline even with a full stop.
    /// </summary>
    private static bool InTitleCase(Document document, Sentence sentence)
    {
        int words = 0, capitalised = 0;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = document.Tokens[i];
            if (token.Kind == TokenKind.Word && token.Span.Length > 3)
            {
                words++;
                capitalised += char.IsUpper(document.Text[token.Start]) ? 1 : 0;
            }
        }

        return words >= 3 && capitalised * 4 >= words * 3;
    }
}
