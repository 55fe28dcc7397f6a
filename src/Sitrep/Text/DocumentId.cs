using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Text;

/// <summary>
/// The stable id of a text: <c>sha256:</c> plus the hex digest of its UTF-8 bytes after Unicode NFC
/// and CRLF-to-LF, so the same article read twice (or saved on another OS) has one id.
/// </summary>
public static class DocumentId
{
    /// <summary>Computes the id of <paramref name="text"/>.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // An unpaired surrogate (which NFC refuses) counts as U+FFFD, what UTF-8 would store in its place.
        var normalised = Utf16.Repaired(text).Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(normalised));
        return "sha256:" + Convert.ToHexStringLower(digest);
    }
}
