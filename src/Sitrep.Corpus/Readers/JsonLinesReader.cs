using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sitrep.Corpus.Readers;

/// <summary>
/// Reads JSON Lines where each line is <c>{"text": ..., "url": ..., "title": ..., "published": "yyyy-MM-dd"}</c>.
/// Streams line by line; a bad line is one failed item, never the end of the file. Bytes are decoded as
/// strictly as every other input (UTF-8, or UTF-16 with a BOM): a line with invalid UTF-8 fails with its
/// line number instead of becoming U+FFFD in stored text.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>Reads every line of <paramref name="path"/>.</summary>
    public static IEnumerable<ReadItem> Read(string path, DateOnly? published = null)
    {
        using var reader = new StreamReader(path, MarkedUtf8, detectEncodingFromByteOrderMarks: true);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Contains(InvalidMark, StringComparison.Ordinal))
            {
                yield return ReadItem.Fail($"{path}:{number}", "not valid UTF-8 text (or binary data)");
            }
            else if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ReadLine(line, $"{path}:{number}", published);
            }
        }
    }

    // Invalid bytes decode to U+0001, a control character no valid JSON line holds raw: that line is refused
    // and its neighbours are read (a strict decoder would throw for a whole buffer of lines at once).
    private const char InvalidMark = '\u0001';

    private static readonly Encoding MarkedUtf8 = Encoding.GetEncoding(Encoding.UTF8.CodePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback(InvalidMark.ToString()));

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
