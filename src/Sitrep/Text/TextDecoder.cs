using System.Text;

namespace Sitrep.Text;

/// <summary>
/// Turns raw bytes into document text: UTF-8 with or without a BOM, UTF-16 with a BOM. The BOM is
/// removed and nothing else is changed. Anything else is refused with a reason, never mangled.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>, or says why it cannot.</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return DecodeResult.Fail("UTF-32 text is not supported; save it as UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(StrictUtf8, bytes[3..], "UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(StrictUtf16Le, bytes[2..], "UTF-16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(StrictUtf16Be, bytes[2..], "UTF-16");
        }

        if (bytes.Contains((byte)0))
        {
            return DecodeResult.Fail("binary file (contains NUL bytes), not text");
        }

        return Strict(StrictUtf8, bytes, "UTF-8");
    }

    private static DecodeResult Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            var text = encoding.GetString(bytes);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                return DecodeResult.Fail("binary file (contains NUL characters), not text");
            }

            return string.IsNullOrWhiteSpace(text) ? DecodeResult.Fail("empty: no text to analyze") : DecodeResult.Ok(text);
        }
        catch (DecoderFallbackException)
        {
            return DecodeResult.Fail($"not valid {name} text (an unsupported encoding or a binary file); save it as UTF-8");
        }
    }
}

/// <summary>The outcome of <see cref="TextDecoder.Decode"/>: text, or an error message.</summary>
/// <param name="Text">The decoded text, when successful.</param>
/// <param name="Error">Why decoding failed, when it failed.</param>
public readonly record struct DecodeResult(string? Text, string? Error)
{
    /// <summary>A successful result.</summary>
    public static DecodeResult Ok(string text) => new(text, null);

    /// <summary>A failed result.</summary>
    public static DecodeResult Fail(string error) => new(null, error);
}
