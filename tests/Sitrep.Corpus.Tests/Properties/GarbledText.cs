using CsCheck;

namespace Sitrep.Corpus.Tests.Properties;

/// <summary>
/// Generators of hostile text: news fragments written for these tests mixed with random Unicode, lone
/// surrogates, NULs and control characters, unbalanced quote marks, dashes and long runs without a
/// sentence end.
/// </summary>
internal static class GarbledText
{
    private static readonly string[] Fragments =
    [
        "Russian drones struck Kharkiv overnight, killing three people, governor Oleh Syniehubov said.",
        "\"They hit homes,\" he said. \"We", "said on Monday that", "according to officials", " — ", "\u201CThe port is closed,\u201D",
        "Ukraine's air force shot down 23 of 31 drones.", "Zelenskyy: ", "PENCE: ", "\n\n", "\r\n", " '", "''", "«", "»",
        "In Sumy, shelling injured two.", "Mr.", "St. Petersburg", "yesterday", "on 14 March", "Київ", "Москва заявила,", "\u202E", "\u2067",
    ];

    /// <summary>One character of any kind: any UTF-16 unit (lone surrogates included), NUL, controls, quotes.</summary>
    public static readonly Gen<char> AnyChar = Gen.Frequency(
        (4, Gen.Char['\u0000', '\uFFFF']),
        (2, Gen.Char['\uD800', '\uDFFF']),
        (2, Gen.OneOf('\0', '\u0001', '\u001B', '\t', '\n', '\r', '\u000C', '\u0085', '\u2028')),
        (3, Gen.OneOf('"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', ',', '.', ':', '-', '(', ')')),
        (6, Gen.Char['a', 'z']),
        (2, Gen.Char['A', 'Z']),
        (3, Gen.Const(' ')));

    /// <summary>Text of up to a few thousand characters, from fragments, random characters and long runs.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (5, Gen.OneOf(Fragments)),
        (4, AnyChar.Array[1, 40].Select(a => new string(a))),
        (1, Gen.Select(Gen.OneOf("\"", ",", "\",", "<div>", "x "), Gen.Int[50, 400], (unit, n) => string.Concat(Enumerable.Repeat(unit, n)))))
        .Array[0, 60].Select(parts => string.Concat(parts));
}
