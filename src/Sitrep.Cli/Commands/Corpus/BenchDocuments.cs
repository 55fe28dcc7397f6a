using System.Text;
using System.Text.Json;
using Sitrep.Corpus.Readers;

namespace Sitrep.Cli.Commands.Corpus;

/// <summary>
/// Benchmark documents generated at run time (nothing committed): each draws 40 sentences (~900 tokens) of a
/// folder of texts with its own seed, with a paragraph break every five sentences, so every document is distinct.
/// </summary>
internal static class BenchDocuments
{
    public static string[] Sentences(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new CliException($"--source folder '{folder}' does not exist");
        }

        return Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length > 40).Select(s => s + ".").ToArray();
    }

    public static IEnumerable<ReadItem> Generate(string[] sentences, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var random = new Random(i);
            var picked = Enumerable.Range(0, 40).Select(k => sentences[random.Next(sentences.Length)] + (k % 5 == 4 ? "\n\n" : " "));
            yield return ReadItem.Ok(new SourceDocument { Text = string.Concat(picked).Trim(), Source = $"bench/{i}.txt", Published = new DateOnly(2026, 1, 1).AddDays(i % 365) });
        }
    }

    /// <summary>Writes the documents as JSON Lines (<c>{text, url, published}</c>), the input of <c>sitrep ingest</c>.</summary>
    public static int WriteJsonLines(IEnumerable<ReadItem> items, string path)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        var count = 0;
        foreach (var document in items.Select(i => i.Document!))
        {
            json.WriteStartObject();
            json.WriteString("text", document.Text);
            json.WriteString("url", "https://bench.example/" + document.Source);
            json.WriteString("published", document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.Flush();
            stream.Write("\n"u8);
            json.Reset();
            count++;
        }

        return count;
    }
}
