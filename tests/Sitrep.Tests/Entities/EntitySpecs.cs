using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Reporting;
using Sitrep.Tests.Specs;
using Sitrep.Text;

namespace Sitrep.Tests.Entities;

public sealed class EntitySpecs
{
    private static readonly Analyzer Analyzer = new(new PipelineBuilder().Add(new TextStage()).Add(new EntitiesStage()).Build());

    public static TheoryData<string> Examples => SpecFile.Names("entities.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Finds_the_entities_of_the_spec_example(string name)
    {
        var example = SpecFile.Get("entities.md", name);
        var report = Analyzer.Analyze(example.Input);
        var lines = report.Entities.Select(e => Line(e, example.Input)).ToList();

        foreach (var expected in example.Expected)
        {
            if (expected.StartsWith("place-only ", StringComparison.Ordinal))
            {
                var place = expected["place-only ".Length..];
                Assert.DoesNotContain(report.Entities, e => e.Mentions.Any(m => m.Of(example.Input) == place));
                continue;
            }

            Assert.Contains(expected, lines);
        }
    }

    internal static string Line(EntityRecord entity, string text) =>
        $"{Type(entity.Type)} {entity.Name} | {entity.Role ?? "-"} | {entity.Affiliation ?? "-"} | {string.Join(", ", entity.Mentions.Select(m => m.Of(text)))}";

    private static string Type(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Country => "country",
        _ => "group",
    };
}
