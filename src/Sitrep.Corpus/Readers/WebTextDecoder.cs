using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Text;
using UtfUnknown;

namespace Sitrep.Corpus.Readers;

/// <summary>
/// Decodes pages, feeds and text files that may predate UTF-8: a byte-order mark wins, then a charset the
/// transport or the document declares (HTTP Content-Type, <c>&lt;meta charset&gt;</c>, an XML prolog), then
/// strict UTF-8; only when none of these holds does UTF.Unknown (a port of Mozilla's detector) choose, and only
/// among the single-byte Cyrillic encodings Ukrainian and Russian pages were written in (windows-1251, koi8-r/u,
/// ibm866, iso-8859-5); Western pages declare theirs. A detection it is not sure of, or of another encoding, is
/// refused, never guessed.
/// </summary>
public static partial class WebTextDecoder
{
    private const float MinimumConfidence = 0.5f;

    private static readonly HashSet<string> LegacyEncodings = new(
        ["windows-1251", "koi8-r", "koi8-u", "ibm866", "cp866", "iso-8859-5", "x-mac-cyrillic"],
        StringComparer.OrdinalIgnoreCase);

    static WebTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declaredCharset"/> is the transport's (HTTP) charset, if any.</summary>
    public static DecodeResult Decode(byte[] bytes, string? declaredCharset = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (HasByteOrderMark(bytes))
        {
            return TextDecoder.Decode(bytes);
        }

        if ((Blank(declaredCharset) ?? DeclaredInDocument(bytes)) is { } charset && Known(charset) is { } declared)
        {
            return declared.CodePage == Encoding.UTF8.CodePage ? TextDecoder.Decode(bytes) : Checked(declared.GetString(bytes));
        }

        var utf8 = TextDecoder.Decode(bytes);
        if (utf8.Text is not null || Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return utf8; // valid UTF-8, or binary: nothing for a detector to decide
        }

        var detected = CharsetDetector.DetectFromBytes(bytes).Detected;
        if (detected?.EncodingName is { } name && LegacyEncodings.Contains(name) && detected.Confidence >= MinimumConfidence && Known(name) is { } encoding)
        {
            return Checked(encoding.GetString(bytes));
        }

        return DecodeResult.Fail("not valid UTF-8 and no charset declared or recognised (tried windows-1251, koi8-r and the other legacy Cyrillic encodings); save it as UTF-8");
    }

    /// <summary>The charset a page or feed declares in its first kilobytes (meta tag or XML prolog), if any.</summary>
    internal static string? DeclaredInDocument(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = DeclarationPattern().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private static bool HasByteOrderMark(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static Encoding? Known(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null; // an unknown charset name: fall back as if none were declared
        }
    }

    private static DecodeResult Checked(string text) =>
        string.IsNullOrWhiteSpace(text) ? DecodeResult.Fail("empty: no text to analyze")
        : text.Contains('\0', StringComparison.Ordinal) ? DecodeResult.Fail("binary file (contains NUL characters), not text")
        : DecodeResult.Ok(text);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    [GeneratedRegex("""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])(?<charset>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclarationPattern();
}
