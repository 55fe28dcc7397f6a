using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sitrep.Corpus.Readers;

/// <summary>
/// Reads JSON Lines where each line is <c>{"text": ..., "url": ..., "title": ..., "published": "yyyy-MM-dd"}</c>.
/// Streams line by line; a bad line is one failed item, never the end of the file. Bytes are decoded as
/// strictly as every other input (UTF-8, or UTF-16 with a BOM): invalid UTF-8 fails the rest of the file
/// with its line number instead of becoming U+FFFD in stored text.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>Reads every line of <paramref name="path"/>.</summary>
    public static IEnumerable<ReadItem> Read(string path, DateOnly? published = null)
    {
        using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        var number = 0;
        while (true)
        {
            string? line;
            var undecodable = false;
            try
            {
                line = reader.ReadLine();
            }
            catch (DecoderFallbackException)
            {
                (line, undecodable) = (null, true);
            }

            if (undecodable)
            {
                yield return ReadItem.Fail($"{path}:{number + 1}", "not valid UTF-8 text; this line and the rest of the file were not read");
            }

            if (line is null)
            {
                yield break;
            }

            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ReadLine(line, $"{path}:{number}", published);
            }
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
