using Sitrep.Places;
using Sitrep.Tests.Specs;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

public sealed class PlaceStageSpecs
{
    private static readonly Analyzer Pipeline = new(new Sitrep.Pipeline.PipelineBuilder().Add(new TextStage()).Add(new PlaceStage()).Build());

    public static TheoryData<string> Examples => SpecFile.Names("places.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Resolves_the_spec_example(string name)
    {
        var example = SpecFile.Get("places.md", name);
        var document = Pipeline.Annotate(example.Input);
        var places = document.Get(PlaceSet.Key);
        var actual = places.Places.SelectMany(p => p.Mentions.Select(m =>
            $"{m.Of(example.Input)} -> {p.Name} | {Kind(p)} | {p.Country ?? "–"} | {p.Admin1 ?? "–"}")).ToList();
        foreach (var line in example.Expected)
        {
            if (line.StartsWith("no place: ", StringComparison.Ordinal))
            {
                var surface = line["no place: ".Length..];
                Assert.DoesNotContain(actual, a => a.StartsWith(surface + " ->", StringComparison.Ordinal));
            }
            else
            {
                Assert.True(actual.Contains(line), $"missing \"{line}\" in: {string.Join("; ", actual)}");
            }
        }
    }

    private static string Kind(Place place) => place.Kind.ToString().ToLowerInvariant();
}
