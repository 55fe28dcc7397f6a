using Sitrep.Reporting;

namespace Sitrep.Tests.Places;

/// <summary>A one-word name the tagger reads as an organisation that is a regional capital stays a place.</summary>
public sealed class OrganisationNamedPlaceTests
{
    [Fact]
    public void A_regional_capital_tagged_as_an_organisation_is_still_the_city()
    {
        const string text = "War live: Dnipro death toll rises to five after strike\nRescuers in Dnipro worked through the night, officials said.\n";
        var report = Analyzer.Default.Analyze(text);

        // The premise: the name tagger reads this "Dnipro" as an organisation (a club, a company).
        Assert.Contains(report.Entities, e => e.Type == EntityType.Organization && e.Name == "Dnipro");
        var place = Assert.Single(report.Places, p => p.Name == "Dnipro");
        Assert.Equal(("Dnipropetrovsk Oblast", 2), (place.Admin1, place.Mentions.Count));
    }

}
