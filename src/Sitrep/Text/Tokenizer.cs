using System.Collections.Immutable;

namespace Sitrep.Text;

/// <summary>
/// Splits news text into tokens in one forward scan, keeping exact offsets and never altering the
/// text. Handles quotes, clitics ("Norway's" -> "Norway" + "'s"), dashes with or without spaces,
/// abbreviations, numbers with separators, hyphenated words, URLs, handles, emoji and any script.
/// </summary>
public static partial class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public static ImmutableArray<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Tokens go into small chunks and then into one array of the exact size: a growing builder left its
        // outgrown copies (large objects, freed only by a full collection) behind, twice the final size for a
        // text of millions of tokens.
        var tokens = new TokenChunks();
        var lineBreak = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                lineBreak |= CharClass.IsLineBreak(c);
                i++;
                continue;
            }

            var start = i;
            var kind = Scan(text, ref i, tokens.Last);
            tokens.Add(new Token(new TextSpan(start, i), kind, lineBreak));
            lineBreak = false;
        }

        return tokens.ToImmutable();
    }

    /// <summary>Advances <paramref name="i"/> over one token starting there and says what it is.</summary>
    private static TokenKind Scan(string text, ref int i, Token? previous)
    {
        var c = text[i];
        if ((CharClass.IsApostrophe(c) || c is 'n' or 'N') && IsClitic(text, i, previous))
        {
            i += CliticLength(text, i);
            return TokenKind.Clitic;
        }

        if (char.IsLetter(c))
        {
            return StartsUrl(text, i) ? ScanUrl(text, ref i) : ScanWord(text, ref i);
        }

        if (char.IsDigit(c))
        {
            return ScanNumber(text, ref i);
        }

        if (CharClass.IsQuote(c))
        {
            i++;
            return TokenKind.Quote;
        }

        return ScanSymbol(text, ref i);
    }

    private static TokenKind ScanSymbol(string text, ref int i)
    {
        var c = text[i];
        switch (c)
        {
            case '@' or '#' when i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] == '_'):
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                return TokenKind.Handle;
            case '.' or '!' or '?' or '…':
                i++;
                while (i < text.Length && text[i] is '.' or '!' or '?' or '…')
                {
                    i++;
                }

                return TokenKind.Terminal;
            case '-' when i + 1 < text.Length && text[i + 1] == '-':
                i += 2;
                return TokenKind.Dash;
            case '-' or '‐' or '‑':
                i++;
                return TokenKind.Dash;
        }

        if (CharClass.IsDash(c))
        {
            i++;
            return TokenKind.Dash;
        }

        if (char.IsHighSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherSymbol)
        {
            ScanEmoji(text, ref i);
            return TokenKind.Symbol;
        }

        i++;
        return char.IsSymbol(c) ? TokenKind.Symbol : TokenKind.Punctuation;
    }

    /// <summary>One emoji: a code point plus variation selectors, skin tones, keycaps and ZWJ joins.</summary>
    private static void ScanEmoji(string text, ref int i)
    {
        i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3')
            {
                i++;
            }
            else if (c == '\uD83C' && i + 1 < text.Length && text[i + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                i += 2; // skin-tone modifier
            }
            else if (c == '\u200D' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                i++;
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            }
            else
            {
                break;
            }
        }
    }
}
