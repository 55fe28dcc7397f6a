using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Lexicons;

namespace Sitrep.Text;

/// <summary>
/// Groups tokens into sentences and paragraphs. A line break ends a paragraph (and its sentence)
/// unless it is a soft wrap inside running text; headlines need no full stop. Terminal punctuation
/// ends a sentence when the next token starts one, keeping closing quotes with the sentence they
/// close (<c>."</c>), so <c>,"</c> and <c>?" he asked</c> do not split.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Starters =
        LexiconResource.ReadLines("sentence-starters.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup =
        Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Longest sentence, in tokens: per-sentence work (NER features, event and quote scans) is bounded by it.
    /// News sentences run to a hundred tokens; only text without sentence ends reaches this.
    /// </summary>
    public const int MaxSentenceTokens = 1000;

    /// <summary>Splits <paramref name="tokens"/> of <paramref name="text"/> into sentences and paragraphs.</summary>
    public static (ImmutableArray<Sentence> Sentences, ImmutableArray<Paragraph> Paragraphs) Split(
        string text, ImmutableArray<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var sentenceStart = 0;
        var paragraphStart = 0;
        var paragraphFirstSentence = 0;

        void CloseSentence(int end)
        {
            if (end > sentenceStart)
            {
                var span = new TextSpan(tokens[sentenceStart].Start, tokens[end - 1].End);
                sentences.Add(new Sentence(span, sentenceStart, end - sentenceStart, paragraphs.Count));
                sentenceStart = end;
            }
        }

        void CloseParagraph(int end)
        {
            CloseSentence(end);
            if (end > paragraphStart)
            {
                var span = new TextSpan(tokens[paragraphStart].Start, tokens[end - 1].End);
                paragraphs.Add(new Paragraph(span, paragraphFirstSentence, sentences.Count - paragraphFirstSentence));
                paragraphStart = end;
                paragraphFirstSentence = sentences.Count;
            }
        }

        for (var k = 0; k < tokens.Length; k++)
        {
            if (k > 0 && tokens[k].LineBreakBefore && !IsSoftWrap(text, tokens, k))
            {
                CloseParagraph(k);
            }

            if (k - sentenceStart >= MaxSentenceTokens)
            {
                CloseSentence(k); // text without sentence ends (a table, 5 MB of punctuation) is cut into bounded pieces
            }

            var last = k;
            if (tokens[k].Kind == TokenKind.Terminal)
            {
                while (last + 1 < tokens.Length && IsCloser(text, tokens, last + 1))
                {
                    last++;
                }
            }
            else if (!(tokens[k].Kind == TokenKind.Abbreviation && !Abbreviations.IsTitle(Word(text, tokens[k]))))
            {
                continue;
            }

            var next = last + 1;
            if (next < tokens.Length && !tokens[next].LineBreakBefore && StartsSentence(text, tokens, next, tokens[k].Kind))
            {
                CloseSentence(next);
            }

            k = last;
        }

        CloseParagraph(tokens.Length);
        return (sentences.DrainToImmutable(), paragraphs.DrainToImmutable());
    }

    private static ReadOnlySpan<char> Word(string text, Token abbreviation) =>
        text.AsSpan(abbreviation.Start, abbreviation.Span.Length - 1);

    /// <summary>A closing quote or bracket glued to the token before it.</summary>
    private static bool IsCloser(string text, ImmutableArray<Token> tokens, int k)
    {
        var token = tokens[k];
        if (token.LineBreakBefore || token.Start != tokens[k - 1].End || token.Span.Length != 1)
        {
            return false;
        }

        var c = text[token.Start];
        return (token.Kind == TokenKind.Quote && !CharClass.IsOpeningQuote(c)) || c is ')' or ']';
    }

    private static bool StartsSentence(string text, ImmutableArray<Token> tokens, int k, TokenKind endKind)
    {
        var token = tokens[k];
        var first = text[token.Start];
        if (endKind == TokenKind.Abbreviation)
        {
            // "the U.S. The talks" splits; "U.S. President" does not.
            return StarterLookup.Contains(text.AsSpan(token.Start, token.Span.Length));
        }

        if (char.IsUpper(first) || char.IsDigit(first))
        {
            return true;
        }

        if ((token.Kind == TokenKind.Quote || first is '(' or '[') && k + 1 < tokens.Length)
        {
            var after = text[tokens[k + 1].Start];
            return char.IsUpper(after) || char.IsDigit(after) || CharClass.IsQuote(after);
        }

        return token.Kind is TokenKind.Dash or TokenKind.Handle or TokenKind.Symbol;
    }

    /// <summary>
    /// A single line break inside running text (hard-wrapped prose): the line before does not end a
    /// sentence and the line after starts in lower case.
    /// </summary>
    private static bool IsSoftWrap(string text, ImmutableArray<Token> tokens, int k)
    {
        var previous = tokens[k - 1];
        if (previous.Kind is TokenKind.Terminal or TokenKind.Quote || !char.IsLower(text[tokens[k].Start]))
        {
            return false;
        }

        var breaks = 0;
        for (var i = previous.End; i < tokens[k].Start; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                breaks++;
            }
        }

        return breaks == 1;
    }
}
