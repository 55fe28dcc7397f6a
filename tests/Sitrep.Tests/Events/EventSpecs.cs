using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Tests.Specs;
using Sitrep.Text;

namespace Sitrep.Tests.Events;

public sealed class EventSpecs
{
    public static TheoryData<string> Examples => SpecFile.Names("events.md");

    public static TheoryData<string> IncidentExamples => SpecFile.Names("events-incidents.md");

    public static TheoryData<string> AttackerExamples => SpecFile.Names("events-attackers.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Extracts_the_spec_example(string name) => Check("events.md", name);

    [Theory]
    [MemberData(nameof(IncidentExamples))]
    public void Extracts_the_incident_spec_example(string name) => Check("events-incidents.md", name);

    [Theory]
    [MemberData(nameof(AttackerExamples))]
    public void Extracts_the_attacker_spec_example(string name) => Check("events-attackers.md", name);

    private static void Check(string file, string name)
    {
        var example = SpecFile.Get(file, name);
        var (givens, text) = GivenAnnotationsStage.Split(example.Input);
        var pipeline = new PipelineBuilder().Add(new TextStage()).Add(new GivenAnnotationsStage(givens)).Add(new EventsStage()).Build();

        var report = Analyzer.ToReport(pipeline.Process(new Document(text)));

        // A failure shows every expected and actual line in full (xunit clips long strings).
        var expected = string.Join('\n', example.Expected);
        var actual = string.Join('\n', EventLines.Of(report));
        if (expected != actual)
        {
            Assert.Fail($"Expected:\n{expected}\nActual:\n{actual}");
        }
    }
}
