using Sitrep.Reporting;

namespace Sitrep.Tests.Reporting;

public sealed class ReportValidatorTests
{
    [Fact]
    public void A_consistent_report_has_no_problems()
    {
        Assert.Empty(ReportValidator.Validate(ReportFixtures.Full()));
    }

    [Fact]
    public void Flags_a_span_outside_the_text()
    {
        var report = ReportFixtures.Full();
        var broken = report with { Quotes = [report.Quotes[0] with { Content = new(20, 999) }] };

        Assert.Contains(ReportValidator.Validate(broken), p => p.Contains("outside the text", StringComparison.Ordinal));
    }

    [Fact]
    public void Flags_a_reference_to_a_missing_entity()
    {
        var report = ReportFixtures.Full();
        var broken = report with { Quotes = [report.Quotes[0] with { Speaker = "E9" }] };

        Assert.Contains(ReportValidator.Validate(broken), p => p.Contains("'E9'", StringComparison.Ordinal));
    }

    [Fact]
    public void Flags_a_duplicate_id()
    {
        var report = ReportFixtures.Full();
        var broken = report with { Entities = [report.Entities[0], report.Entities[0]] };

        Assert.Contains(ReportValidator.Validate(broken), p => p.Contains("used twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Flags_a_missing_place_and_quote()
    {
        var report = ReportFixtures.Full();
        var broken = report with { Events = [report.Events[0] with { Place = "P7", Quote = "Q7" }] };

        Assert.Equal(2, ReportValidator.Validate(broken).Count);
    }
}
