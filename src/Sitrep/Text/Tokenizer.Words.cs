using System.Collections.Immutable;

namespace Sitrep.Text;

// Words, numbers, clitics, abbreviations and URLs.
public static partial class Tokenizer
{
    private static readonly string[] Clitics = ["s", "re", "ve", "ll", "d", "m"];

    private static TokenKind ScanWord(string text, ref int i)
    {
        var start = i;
        var j = i + 1;
        while (j < text.Length)
        {
            var c = text[j];
            if (CharClass.IsWordChar(c))
            {
                j++;
            }
            else if ((CharClass.IsHyphen(c) || c == '*') && j + 1 < text.Length && CharClass.IsWordChar(text[j + 1]))
            {
                j++; // pro-Russian, r*pe
            }
            else if (CharClass.IsApostrophe(c) && j + 1 < text.Length && char.IsLetter(text[j + 1])
                     && CliticLength(text, j) == 0)
            {
                j++; // O'Brien; a clitic ("'s") stops the word instead
            }
            else
            {
                break;
            }
        }

        if (j < text.Length && text[j] == '.')
        {
            var end = AbbreviationEnd(text, start, j);
            if (end > j)
            {
                i = end;
                return TokenKind.Abbreviation;
            }
        }

        // "don't" -> "do" + "n't": the clitic is scanned as its own token next.
        if (j - start > 3 && text[j - 1] == 't' && CharClass.IsApostrophe(text[j - 2]) && text[j - 3] is 'n' or 'N')
        {
            j -= 3;
        }

        i = j;
        return TokenKind.Word;
    }

    /// <summary>
    /// Where an abbreviation ending at the period <paramref name="dot"/> ends, or <paramref name="dot"/>
    /// when the period is not part of the word: dotted initialisms (U.S., a.m.), single capitals (J.)
    /// and lexicon entries (Gen., Jan.).
    /// </summary>
    private static int AbbreviationEnd(string text, int start, int dot)
    {
        if (Abbreviations.IsKnown(text.AsSpan(start, dot - start)))
        {
            return dot + 1; // a hyphenated entry itself: "р-н."
        }

        // After a hyphen only the last part counts: "(D-N.C.)", "(R-Wis.)".
        var hyphen = text.AsSpan(start, dot - start).LastIndexOfAny('-', '‐', '–');
        if (hyphen > 0)
        {
            start += hyphen + 1;
        }

        if (dot - start == 1)
        {
            var k = dot;
            while (k + 2 < text.Length && char.IsLetter(text[k + 1]) && text[k + 2] == '.')
            {
                k += 2;
            }

            // A lone capital after a hyphen is a model letter ("Іскандер-М."), not an initial.
            if (k > dot || (char.IsUpper(text[start]) && hyphen <= 0))
            {
                return k + 1;
            }
        }

        return Abbreviations.IsKnown(text.AsSpan(start, dot - start)) ? dot + 1 : dot;
    }

    private static TokenKind ScanNumber(string text, ref int i)
    {
        var j = i + 1;
        while (j < text.Length)
        {
            var c = text[j];
            if (CharClass.IsWordChar(c))
            {
                j++; // 11th, 5km, 45-year-old continues below
            }
            else if (c is ',' or '.' or ':' or '/' && j + 1 < text.Length && char.IsDigit(text[j + 1]))
            {
                j++; // 1,200  3.5  10:30  24/7
            }
            else if (CharClass.IsHyphen(c) && j + 1 < text.Length && CharClass.IsWordChar(text[j + 1]))
            {
                j++; // 45-year-old, 2026-02-11
            }
            else
            {
                break;
            }
        }

        i = j;
        return TokenKind.Number;
    }

    /// <summary>True when the apostrophe at <paramref name="i"/> starts a clitic of the word just before it.</summary>
    private static bool IsClitic(string text, int i, Token? previous) =>
        previous is { } p && p.End == i && p.Kind is TokenKind.Word or TokenKind.Number
        && CliticLength(text, i) > 0;

    /// <summary>Length of the clitic ('s, 're, 've, 'll, 'd, 'm, n't) at <paramref name="i"/>, or 0.</summary>
    private static int CliticLength(string text, int i)
    {
        if (i + 2 < text.Length && text[i] is 'n' or 'N' && CharClass.IsApostrophe(text[i + 1]) && text[i + 2] is 't' or 'T'
            && (i + 3 == text.Length || !char.IsLetter(text[i + 3])))
        {
            return 3;
        }

        if (!CharClass.IsApostrophe(text[i]))
        {
            return 0;
        }

        foreach (var clitic in Clitics)
        {
            var end = i + 1 + clitic.Length;
            if (end <= text.Length && text.AsSpan(i + 1, clitic.Length).Equals(clitic, StringComparison.OrdinalIgnoreCase)
                && (end == text.Length || !char.IsLetter(text[end])))
            {
                return clitic.Length + 1;
            }
        }

        return 0;
    }

    private static bool StartsUrl(string text, int i)
    {
        var rest = text.AsSpan(i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]));
    }

    private static TokenKind ScanUrl(string text, ref int i)
    {
        var j = i;
        while (j < text.Length && !char.IsWhiteSpace(text[j]) && text[j] is not ('"' or '“' or '”' or '‘' or '’' or '<' or '>'))
        {
            j++;
        }

        // Trailing punctuation belongs to the sentence, not the address.
        while (j > i && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'')
        {
            j--;
        }

        i = j;
        return TokenKind.Url;
    }
}
