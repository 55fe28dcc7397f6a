using System.Text;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class TextDecoderTests
{
    [Fact]
    public void Utf8_without_bom_is_read_as_is()
    {
        Assert.Equal("Харків ok", TextDecoder.Decode(Encoding.UTF8.GetBytes("Харків ok")).Text);
    }

    [Fact]
    public void Utf8_bom_is_removed_so_offsets_start_at_the_first_letter()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Kyiv")];

        Assert.Equal("Kyiv", TextDecoder.Decode(bytes).Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_is_read_in_either_byte_order(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("Одеса — port")];

        Assert.Equal("Одеса — port", TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Nul_bytes_mark_a_binary_file()
    {
        Assert.Contains("binary", TextDecoder.Decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_refused_not_mangled()
    {
        var result = TextDecoder.Decode([0x4B, 0x79, 0x69, 0xE9, 0x76]); // Latin-1 "Kyiév"

        Assert.Null(result.Text);
        Assert.Contains("not valid UTF-8", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf32_is_reported_as_unsupported()
    {
        Assert.Contains("UTF-32", TextDecoder.Decode([0xFF, 0xFE, 0x00, 0x00, 0x41, 0, 0, 0]).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Whitespace_only_text_is_empty()
    {
        Assert.Contains("empty", TextDecoder.Decode(" \n "u8).Error, StringComparison.Ordinal);
    }
}
