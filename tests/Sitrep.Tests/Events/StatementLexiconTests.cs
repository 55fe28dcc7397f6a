using Sitrep.Events;
using Sitrep.Reporting;

namespace Sitrep.Tests.Events;

public sealed class StatementLexiconTests
{
    [Fact]
    public void Every_act_has_a_plover_category_and_a_mode_of_that_category()
    {
        var categories = new HashSet<string>(PloverModes.ByCategory.Keys) { "AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "ASSAULT" };
        foreach (var act in StatementLexicon.Instance.Acts.Values.SelectMany(a => a))
        {
            Assert.Contains(act.Plover, categories);
            Assert.True(act.Mode is null || PloverModes.IsModeOf(act.Plover, act.Mode), $"{string.Join(' ', act.Verb)}: {act.Mode} is no mode of {act.Plover}");
        }
    }

    [Theory]
    [InlineData("released", "release")]
    [InlineData("stopped", "stop")]
    [InlineData("supplied", "supply")]
    [InlineData("gave", "give")]
    [InlineData("deploys", "deploy")]
    public void Finds_the_base_form_of_an_inflected_verb(string form, string lemma)
    {
        Assert.Contains(lemma, StatementActs.Lemmas(form));
    }

    [Fact]
    public void Reads_the_category_from_the_promised_act()
    {
        var promise = new StatementPredicate(PredicateKind.Intent, null, null);
        var release = new StatementAct(["release"], [], "RETREAT", "release");
        var curfew = new StatementAct(["extend"], ["curfew"], "COERCE", "curfew");

        Assert.Equal(("AGREE", (string?)null), StatementCategory.Of(promise, release));
        Assert.Equal(("THREATEN", (string?)"restrict"), StatementCategory.Of(promise, curfew));
        Assert.Equal(("AGREE", (string?)null), StatementCategory.Of(promise, null));
        Assert.Null(StatementCategory.Of(new StatementPredicate(PredicateKind.Future, null, null), null));
    }
}
