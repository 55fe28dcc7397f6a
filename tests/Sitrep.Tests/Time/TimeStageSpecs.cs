using System.Globalization;
using Sitrep.Tests.Specs;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Tests.Time;

public sealed class TimeStageSpecs
{
    private static readonly Analyzer Pipeline = new(new Sitrep.Pipeline.PipelineBuilder().Add(new TextStage()).Add(new TimeStage()).Build());

    public static TheoryData<string> Examples => SpecFile.Names("time.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Resolves_the_spec_example(string name)
    {
        var example = SpecFile.Get("time.md", name);
        var newline = example.Input.IndexOf('\n', StringComparison.Ordinal);
        var header = example.Input[..newline]["published: ".Length..];
        var text = example.Input[(newline + 1)..];
        DateOnly? published = header == "none" ? null : DateOnly.ParseExact(header, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var document = Pipeline.Annotate(text, new DocumentInfo(Published: published));
        var actual = document.Get(TimeExpression.Key).Select(t =>
            $"{t.Span.Of(text)} -> {t.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {t.Precision.ToString().ToLowerInvariant()}").ToList();
        Assert.Equal(example.Expected.Where(l => l.Length > 0), actual);
    }
}
