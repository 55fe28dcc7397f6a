using System.Globalization;
using System.Text.Json;

namespace Sitrep.Corpus.Readers;

/// <summary>
/// Reads JSON Lines where each line is <c>{"text": ..., "url": ..., "title": ..., "published": "yyyy-MM-dd"}</c>.
/// Streams line by line; a bad line is one failed item, never the end of the file.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>Reads every line of <paramref name="path"/>.</summary>
    public static IEnumerable<ReadItem> Read(string path, DateOnly? published = null)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ReadLine(line, $"{path}:{number}", published);
            }
        }
    }

    /// <summary>Reads one line.</summary>
    public static ReadItem ReadLine(string line, string source, DateOnly? published = null)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ReadItem.Fail(source, "line is not a JSON object");
            }

            var text = Text(root, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                return ReadItem.Fail(source, "no \"text\" field, or it is empty");
            }

            DateOnly? date = published;
            if (Text(root, "published") is { } value)
            {
                if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var parsed))
                {
                    return ReadItem.Fail(source, $"\"published\" is not a date: '{value}'");
                }

                date = DateOnly.FromDateTime(parsed);
            }

            return ReadItem.Ok(new SourceDocument { Text = text, Source = source, Url = Text(root, "url"), Title = Text(root, "title"), Published = date });
        }
        catch (JsonException e)
        {
            return ReadItem.Fail(source, $"not valid JSON: {e.Message}");
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
