using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Specs;
using Sitrep.Text;

namespace Sitrep.Tests.Events;

public sealed class EventSpecs
{
    public static TheoryData<string> Examples => SpecFile.Names("events.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Extracts_the_spec_example(string name)
    {
        var example = SpecFile.Get("events.md", name);
        var (givens, text) = GivenAnnotationsStage.Split(example.Input);
        var pipeline = new PipelineBuilder().Add(new TextStage()).Add(new GivenAnnotationsStage(givens)).Add(new EventsStage()).Build();

        var report = Analyzer.ToReport(pipeline.Process(new Document(text)));

        Assert.Equal(example.Expected, EventLines.Of(report));
    }
}
