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

    public static TheoryData<string> CyrillicExamples => SpecFile.Names("events-uk-ru.md");

    public static TheoryData<string> StatementExamples => SpecFile.Names("statements.md");

    [Theory]
    [MemberData(nameof(StatementExamples))]
    public void Extracts_the_statement_spec_example(string name)
    {
        var example = SpecFile.Get("statements.md", name);
        Assert.Equal(example.Expected, EventLines.StatementsOf(Analyze(example.Input)));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Extracts_the_spec_example(string name) => Check("events.md", name);

    [Theory]
    [MemberData(nameof(IncidentExamples))]
    public void Extracts_the_incident_spec_example(string name) => Check("events-incidents.md", name);

    [Theory]
    [MemberData(nameof(AttackerExamples))]
    public void Extracts_the_attacker_spec_example(string name) => Check("events-attackers.md", name);

    [Theory]
    [MemberData(nameof(CyrillicExamples))]
    public void Extracts_the_ukrainian_and_russian_spec_example(string name) => Check("events-uk-ru.md", name);

    private static void Check(string file, string name)
    {
        var example = SpecFile.Get(file, name);
        // A failure shows every expected and actual line in full (xunit clips long strings).
        var expected = string.Join('\n', example.Expected);
        var actual = string.Join('\n', EventLines.Of(Analyze(example.Input)));
        if (expected != actual)
        {
            Assert.Fail($"Expected:\n{expected}\nActual:\n{actual}");
        }
    }

    private static Sitrep.Reporting.Report Analyze(string input)
    {
        var (givens, text) = GivenAnnotationsStage.Split(input);
        var pipeline = new PipelineBuilder().Add(new TextStage()).Add(new GivenAnnotationsStage(givens)).Add(new EventsStage()).Build();
        return Analyzer.ToReport(pipeline.Process(new Document(text)));
    }
}
