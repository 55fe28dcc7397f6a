using Sitrep.Reporting;

namespace Sitrep.Tests.Entities;

/// <summary>A name with a place's kind word beside it is a place, whatever the tagger read (written for Sitrep).</summary>
public sealed class NamedAsPlaceTests
{
    [Theory]
    [InlineData("Krasnaya Yaruga district. In the settlement of Krasnaya Yaruga, a drone damaged a barn overnight.")]
    [InlineData("A drone damaged a barn in the settlement of Krasnaya Yaruga overnight, officials said.")]
    public void Is_a_place_and_no_person(string text)
    {
        var report = Analyzer.Default.Analyze(text);

        Assert.Contains(report.Places, p => p.Name == "Krasnaya Yaruga" && p.Admin1 == "Belgorod Oblast");
        Assert.DoesNotContain(report.Entities, e => e.Type == EntityType.Person && e.Name.Contains("Yaruga", StringComparison.Ordinal));
    }
}
