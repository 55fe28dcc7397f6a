using Sitrep.Evaluation.Case;

namespace Sitrep.Tests.Events;

public sealed class CaseEvaluationTests
{
    [Theory]
    [InlineData("Militants set off a roadside bomb near a police convoy, killing three officers.", "REM_EXPLOS")]
    [InlineData("Soldiers recaptured the town of Marivka from rebels after two days of fighting.", "GOV_REGAINS_TERIT")]
    [InlineData("Police seized 40 rifles and a stash of ammunition in a raid on a farm.", "DISR_WEAP")]
    [InlineData("Protesters threw stones at police during a demonstration outside parliament.", "VIOL_DEMONSTR")]
    [InlineData("Police fired tear gas to disperse hundreds of protesters in the square.", "PROTEST_WITH_INTER")]
    [InlineData("Gunmen kidnapped two aid workers on the road to the camp.", "ABDUCT_DISSAP")]
    [InlineData("The minister condemned the decision of the council.", "DIPLO")]
    [InlineData("The weather was mild and the harvest went well.", "NONE")]
    public void Labels_a_snippet_with_its_acled_sub_event(string snippet, string code)
    {
        Assert.Equal(code, CaseEvaluation.Predict(Analyzer.Default, snippet));
    }
}
