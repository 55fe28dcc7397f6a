namespace Sitrep.Tests.Specs;

/// <summary>
/// Reads spec files: human-readable examples, each a heading <c>## name</c>, the input lines, a line
/// <c>---</c>, then the expected output lines. Every example becomes one test case.
/// </summary>
public static class SpecFile
{
    /// <summary>One example of a spec file.</summary>
    public sealed record Example(string Name, string Input, IReadOnlyList<string> Expected);

    /// <summary>All examples in <paramref name="fileName"/> (a file under Specs/).</summary>
    public static IReadOnlyList<Example> Read(string fileName)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Specs", fileName));
        var examples = new List<Example>();
        string? name = null;
        List<string> input = [], expected = [];
        var inExpected = false;

        void Flush()
        {
            if (name is not null)
            {
                examples.Add(new Example(name, string.Join('\n', input), [.. expected]));
            }
        }

        foreach (var line in lines)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                (name, input, expected, inExpected) = (line[3..].Trim(), [], [], false);
            }
            else if (name is null)
            {
                continue; // preamble
            }
            else if (line == "---")
            {
                inExpected = true;
            }
            else if (inExpected)
            {
                if (line.Length > 0)
                {
                    expected.Add(line);
                }
            }
            else
            {
                input.Add(line);
            }
        }

        Flush();
        return examples;
    }

    /// <summary>Example names of <paramref name="fileName"/> as theory data.</summary>
    public static TheoryData<string> Names(string fileName) => [.. Read(fileName).Select(e => e.Name)];

    /// <summary>The example called <paramref name="name"/>.</summary>
    public static Example Get(string fileName, string name) => Read(fileName).Single(e => e.Name == name);
}
