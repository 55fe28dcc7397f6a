using System.Text;
using Sitrep.Corpus.Readers;

namespace Sitrep.Corpus.Tests.Readers;

/// <summary>Legacy Cyrillic encodings: declared, detected, or refused.</summary>
public sealed class WebTextDecoderTests
{
    // Written for Sitrep: a paragraph long enough for a byte-frequency detector to be sure.
    private const string Russian =
        "Ночью над областью силы противовоздушной обороны перехватили и уничтожили восемь беспилотников. "
        + "По словам губернатора, в одном из сёл обломками повреждены крыша частного дома и линия электропередачи. "
        + "Пострадавших нет, на месте работают экстренные службы, движение на трассе восстановлено утром.";

    private const string Ukrainian =
        "Уночі над областю сили протиповітряної оборони збили вісім безпілотників. "
        + "За словами голови адміністрації, в одному із сіл уламками пошкоджено дах приватного будинку та лінію електропередачі. "
        + "Постраждалих немає, на місці працюють рятувальники, рух трасою відновлено вранці.";

    static WebTextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("windows-1251")]
    [InlineData("koi8-r")]
    public void Undeclared_legacy_cyrillic_is_detected(string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(Russian);

        Assert.Equal(Russian, WebTextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Undeclared_ukrainian_windows_1251_is_detected()
    {
        Assert.Equal(Ukrainian, WebTextDecoder.Decode(Encoding.GetEncoding("windows-1251").GetBytes(Ukrainian)).Text);
    }

    [Fact]
    public void A_meta_charset_is_obeyed()
    {
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head><body><p>{Russian}</p></body></html>";

        var decoded = WebTextDecoder.Decode(Encoding.GetEncoding("koi8-r").GetBytes(html));

        Assert.Equal(html, decoded.Text);
    }

    [Fact]
    public void The_transport_charset_wins_over_detection()
    {
        // Five Cyrillic letters are too few to detect; the HTTP header settles it.
        var decoded = WebTextDecoder.Decode(Encoding.GetEncoding("windows-1251").GetBytes("Київ"), "windows-1251");

        Assert.Equal("Київ", decoded.Text);
    }

    [Fact]
    public void Utf8_stays_utf8()
    {
        Assert.Equal(Ukrainian, WebTextDecoder.Decode(Encoding.UTF8.GetBytes(Ukrainian)).Text);
    }

    [Fact]
    public void Binary_is_refused()
    {
        Assert.Contains("binary", WebTextDecoder.Decode([0xFF, 0x00, 0xC3, 0x28, 0x00]).Error, StringComparison.Ordinal);
    }
}
