using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Tests.Events;

/// <summary>The countries <c>EventSides</c> gives a violent event's actors (invented sentences).</summary>
public sealed class EventSidesTests
{
    [Fact]
    public void An_attacker_without_a_country_takes_the_demonym_before_it()
    {
        var report = Analyze(["@entity rebels | group | - | rebels"], "Chadian rebels attacked a police post on Monday.");
        var violence = Assert.Single(report.Events, e => e.Category == EventCategory.Violence);
        var actor = report.Entities.Single(e => e.Id == Assert.Single(violence.Actors));
        Assert.Equal(("rebels", "TD"), (actor.Name, actor.Affiliation));
    }

    [Fact]
    public void An_attacker_whose_own_words_name_no_country_keeps_none()
    {
        var report = Analyze(["@entity rebels | group | - | rebels"], "The rebels attacked a police post on Monday.");
        var violence = Assert.Single(report.Events, e => e.Category == EventCategory.Violence);
        Assert.Null(report.Entities.Single(e => e.Id == Assert.Single(violence.Actors)).Affiliation);
    }

    [Fact]
    public void A_protest_demanding_a_leaders_removal_is_directed_at_that_leader_of_his_state()
    {
        var report = Analyze(["@entity students | group | - | students", "@entity Hosni Mubarak | person | - | Hosni Mubarak"],
            "Thousands of students demonstrated on Sunday calling for the removal of Hosni Mubarak.");
        var protest = Assert.Single(report.Events, e => e.Category == EventCategory.Demonstration);
        var target = report.Entities.Single(e => e.Id == Assert.Single(protest.Targets));
        Assert.Equal(("Hosni Mubarak", "EG"), (target.Name, target.Affiliation));
    }

    [Fact]
    public void An_ethnic_group_that_demonstrates_in_another_state_acts_for_that_state()
    {
        var report = Analyze(["@place Romania | country | - | RO", "@entity Hungarians | group | HU | Hungarians"],
            "Hundreds of ethnic Hungarians demonstrated on Saturday in Romania.");
        var protest = Assert.Single(report.Events, e => e.Category == EventCategory.Demonstration);
        Assert.Equal("RO", report.Entities.Single(e => e.Id == Assert.Single(protest.Actors)).Affiliation);
    }

    private static Report Analyze(List<string> givens, string text)
    {
        var pipeline = new PipelineBuilder().Add(new TextStage()).Add(new GivenAnnotationsStage(givens)).Add(new EventsStage()).Build();
        return Analyzer.ToReport(pipeline.Process(new Document(text)));
    }
}
