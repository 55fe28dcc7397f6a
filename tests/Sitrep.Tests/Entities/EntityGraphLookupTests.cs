using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Tests.Entities;

public sealed class EntityGraphLookupTests
{
    private static readonly Analyzer Analyzer = new(new PipelineBuilder().Add(new TextStage()).Add(new EntitiesStage()).Build());

    [Fact]
    public void At_a_pronoun_span_returns_the_person_it_refers_to()
    {
        const string text = "\"The bridge is open again,\" Mayor Olena Dovzhenko said on Monday.\n\"We rebuilt it in six weeks,\" she added.";
        var document = Analyzer.Annotate(text);
        var graph = document.Get(EntityGraph.Key);
        var she = text.IndexOf("she", StringComparison.Ordinal);

        var person = graph.At(new TextSpan(she, she + 3));

        Assert.NotNull(person);
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal("Olena Dovzhenko", person.Name);
        Assert.Equal("Mayor", person.Role);
    }

    [Fact]
    public void Every_mention_points_at_text_inside_the_document()
    {
        const string text = "Ukrainian forces repelled an assault near Bakhmut, the General Staff said. Moscow denied the losses.";
        var report = Analyzer.Analyze(text);

        Assert.NotEmpty(report.Entities);
        Assert.All(report.Entities.SelectMany(e => e.Mentions), m => Assert.True(m.Start >= 0 && m.End <= text.Length && m.Length > 0));
    }

    [Fact]
    public void The_default_analyzer_runs_the_entities_stage_right_after_the_text_stage()
    {
        var stages = Analyzer.Default.Pipeline.Stages;

        Assert.IsType<TextStage>(stages[0]);
        Assert.IsType<EntitiesStage>(stages[1]);
    }
}
