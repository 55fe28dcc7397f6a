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

    private static Report Analyze(List<string> givens, string text)
    {
        var pipeline = new PipelineBuilder().Add(new TextStage()).Add(new GivenAnnotationsStage(givens)).Add(new EventsStage()).Build();
        return Analyzer.ToReport(pipeline.Process(new Document(text)));
    }
}
