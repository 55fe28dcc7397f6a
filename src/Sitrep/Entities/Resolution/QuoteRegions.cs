using Sitrep.Text;

namespace Sitrep.Entities.Resolution;

/// <summary>
/// Which tokens lie inside double quotation marks. Curly marks open and close; a straight mark
/// toggles; every paragraph starts outside (a quote running on opens its paragraph with a mark again).
/// </summary>
internal static class QuoteRegions
{
    /// <summary>One flag per token: true inside a quotation (the marks themselves count as outside).</summary>
    public static bool[] Of(Document document)
    {
        var tokens = document.Tokens;
        var inside = new bool[tokens.Length];
        var sentences = document.Sentences;
        var paragraphs = document.Paragraphs;
        foreach (var paragraph in paragraphs)
        {
            var open = false;
            for (var s = paragraph.FirstSentence; s < paragraph.FirstSentence + paragraph.SentenceCount; s++)
            {
                var sentence = sentences[s];
                for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    var token = tokens[t];
                    if (token.Kind == TokenKind.Quote && token.Span.Length == 1)
                    {
                        var c = document.Text[token.Start];
                        if (c is '“' or '„' or '«')
                        {
                            open = true;
                        }
                        else if (c is '”' or '»')
                        {
                            open = false;
                        }
                        else if (c == '"')
                        {
                            open = !open;
                        }

                        continue;
                    }

                    inside[t] = open;
                }
            }
        }

        return inside;
    }
}
