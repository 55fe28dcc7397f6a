namespace Sitrep.Text;

/// <summary>What a token is, as decided by the tokenizer.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with hyphens, internal apostrophes or digits ("Norway", "pro-Russian").</summary>
    Word,
    /// <summary>A word ending in a period that belongs to it ("Gen.", "U.S.", "Jan.").</summary>
    Abbreviation,
    /// <summary>Digits, possibly with separators or a unit ("1,200", "3.5", "45-year-old", "2026-02-11").</summary>
    Number,
    /// <summary>A clitic split from its host word ("'s", "n't", "'re").</summary>
    Clitic,
    /// <summary>A quotation mark: straight or curly, double or single.</summary>
    Quote,
    /// <summary>An em dash, en dash, or a spaced hyphen / double hyphen used as a dash.</summary>
    Dash,
    /// <summary>Sentence-ending punctuation: period, question mark, exclamation mark, ellipsis.</summary>
    Terminal,
    /// <summary>Any other punctuation (comma, colon, brackets, ...).</summary>
    Punctuation,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>A social media handle or hashtag ("@ZelenskyyUa", "#Kharkiv").</summary>
    Handle,
    /// <summary>Emoji and other symbols.</summary>
    Symbol,
}
