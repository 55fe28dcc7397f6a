using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Вночі ворог атакував місто ударними дронами, є пошкодження.", "uk")]
    [InlineData("Ночью беспилотники атаковали город, есть повреждённые здания.", "ru")]
    [InlineData("Drones struck the city overnight, damaging two buildings.", "en")]
    [InlineData("Сили ППО збили 12 дронів типу Shahed над областю.", "uk")] // Latin weapon names do not outvote the Cyrillic text
    [InlineData("Над регионом сбиты три дрона", "ru")] // no letter of either alphabet alone: Russian
    [InlineData("Oblast officials quoted the phrase «все добре» once.", "en")]
    [InlineData("Об’єкт пошкоджено, а мʼясокомбінат зупинив роботу.", "uk")]
    public void Tells_the_language_from_the_letters(string text, string language)
    {
        Assert.Equal(language, LanguageDetector.Detect(text));
    }

    [Fact]
    public void The_report_carries_the_document_language()
    {
        var report = Analyzer.Default.Analyze("Уночі над Сумщиною збили чотири дрони.");

        Assert.Equal("uk", report.Document.Language);
        Assert.Empty(Sitrep.Reporting.ReportValidator.Validate(report));
    }
}
