using Sitrep.Entities;
using Sitrep.Reporting;
using Sitrep.Tests.Specs;

namespace Sitrep.Tests.Quotes;

/// <summary>
/// Runs <c>Specs/quotes.md</c> and <c>Specs/quotes-clauses.md</c>: each expected line is
/// <c>kind | content | cue | source | speaker</c> (speaker = the resolved entity's name, <c>-</c> for none),
/// with <c> | parts=N</c> appended when the content has N pieces. Line breaks in content print as <c> / </c>.
/// </summary>
public sealed class QuoteSpecs
{
    private static readonly string[] Files = ["quotes.md", "quotes-clauses.md", "quotes-uk-ru.md"];

    public static TheoryData<string, string> Examples =>
        [.. Files.SelectMany(file => SpecFile.Read(file).Select(e => (file, e.Name)))];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Finds_the_quotes_of_the_spec_example(string file, string name)
    {
        var example = SpecFile.Get(file, name);

        Assert.Equal(example.Expected, Describe(example.Input));
    }

    /// <summary>The quotes of <paramref name="text"/> in the spec's line format.</summary>
    internal static List<string> Describe(string text)
    {
        var document = Analyzer.Default.Annotate(text);
        var graph = document.GetOrDefault(EntityGraph.Key, new EntityGraph());
        var lines = new List<string>();
        foreach (var quote in document.Get(ReportAnnotations.Quotes))
        {
            string Of(Sitrep.Text.TextSpan? span) => span is { } s ? s.Of(text).Replace("\n", " / ", StringComparison.Ordinal) : "-";
            var speaker = quote.Speaker is { } id ? graph[id]?.Name ?? "?" : "-";
            var line = $"{ReportJson.NameOf(quote.Kind)} | {Of(quote.Content)} | {Of(quote.Cue)} | {Of(quote.Source)} | {speaker}";
            lines.Add(quote.ContentParts is { Count: var n } ? $"{line} | parts={n}" : line);
        }

        return lines;
    }
}
