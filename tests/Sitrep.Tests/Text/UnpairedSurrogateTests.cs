using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

/// <summary>Regression found by the property tests: NFC threw on unpaired surrogates, so Analyze crashed.</summary>
public sealed class UnpairedSurrogateTests
{
    [Theory]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void Analysis_of_text_with_an_unpaired_surrogate_returns_a_valid_report(int unit)
    {
        var text = "Shelling hit a school in Sumy " + (char)unit + " on Monday, officials said. Mr. Petrenko" + (char)unit + " spoke.";
        var report = Analyzer.Default.Analyze(text);
        Assert.Empty(ReportValidator.Validate(report));
        Assert.Equal(DocumentId.Of(text.Replace((char)unit, '\uFFFD')), report.Document.Id);
    }

    [Fact]
    public void Repairing_keeps_pairs_and_length_and_returns_well_formed_text_unchanged()
    {
        const string pair = "emoji \uD83D\uDE00 ok";
        Assert.Same(pair, Utf16.Repaired(pair));
        Assert.Equal("a\uFFFDb\uD83D\uDE00\uFFFD", Utf16.Repaired("a\uDE00b\uD83D\uDE00\uD83D"));
    }
}
