using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sitrep.Corpus.Readers;

/// <summary>
/// Reads a Telegram Desktop channel export (<c>result.json</c>: <c>{name, type, id, messages[]}</c>): each message
/// with text is one document, its date the publication date, its source and URL the message's <c>t.me</c> link
/// (<c>t.me/USERNAME/ID</c> when the export names the channel's username, else <c>t.me/c/ID/MESSAGE</c>). Formatted
/// text (a list of plain strings and typed pieces: bold, links, hashtags) is flattened by joining the pieces'
/// text in order, so the offsets of <c>text_entities</c> hold in the document unchanged. A forward keeps the
/// original author in <see cref="SourceDocument.Byline"/> ("forwarded from X"). An export holds each message's
/// latest text: an edited message is read as edited (its text is the document). Service messages and media
/// without a caption hold no text and are not documents. Re-importing the same export stores nothing new
/// (documents are identified by their text).
/// </summary>
public static class TelegramExportReader
{
    /// <summary>True when <paramref name="path"/> looks like a Telegram export (a JSON object with a <c>messages</c> array).</summary>
    public static bool IsExport(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("messages", out var m) && m.ValueKind == JsonValueKind.Array;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads every text message of the export at <paramref name="path"/>.</summary>
    public static IEnumerable<ReadItem> Read(string path)
    {
        JsonDocument json;
        try
        {
            using var stream = File.OpenRead(path);
            json = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            return [ReadItem.Fail(path, $"not valid JSON: {e.Message}")];
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
            {
                return [ReadItem.Fail(path, "not a Telegram Desktop export: no \"messages\" array")];
            }

            var channel = String(root, "name");
            var username = String(root, "username");
            var channelId = root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetInt64() : (long?)null;
            return [.. messages.EnumerateArray().Select(m => ReadMessage(m, path, channel, username, channelId)).OfType<ReadItem>()];
        }
    }

    private static ReadItem? ReadMessage(JsonElement message, string path, string? channel, string? username, long? channelId)
    {
        if (message.ValueKind != JsonValueKind.Object || String(message, "type") is not "message" || !message.TryGetProperty("id", out var idElement)
            || !idElement.TryGetInt64(out var id))
        {
            return null; // service messages (pins, joins) carry no report
        }

        var link = username is { Length: > 0 } ? $"https://t.me/{username}/{id}"
            : channelId is { } c ? string.Create(CultureInfo.InvariantCulture, $"https://t.me/c/{c}/{id}") : null;
        var source = link ?? $"{path}#{id}";
        var text = message.TryGetProperty("text", out var body) ? Flatten(body) : null;
        if (text is null)
        {
            return ReadItem.Fail(source, "message \"text\" is neither a string nor a list of pieces");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null; // a photo or file without a caption
        }

        DateOnly? published = null;
        if (String(message, "date") is { } date)
        {
            if (!DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return ReadItem.Fail(source, $"\"date\" is not a date: '{date}'");
            }

            published = DateOnly.FromDateTime(parsed);
        }

        var forwarded = String(message, "forwarded_from");
        return ReadItem.Ok(new SourceDocument
        {
            Text = text,
            Source = source,
            Url = link,
            Title = null,
            Byline = forwarded is { Length: > 0 } ? $"forwarded from {forwarded}" : String(message, "from") ?? channel,
            Published = published,
        });
    }

    /// <summary>The text of a message: a plain string, or the pieces of a formatted one joined in order (null when neither).</summary>
    public static string? Flatten(JsonElement text)
    {
        switch (text.ValueKind)
        {
            case JsonValueKind.String:
                return text.GetString();
            case JsonValueKind.Array:
                var builder = new StringBuilder();
                foreach (var piece in text.EnumerateArray())
                {
                    if (piece.ValueKind == JsonValueKind.String)
                    {
                        builder.Append(piece.GetString());
                    }
                    else if (piece.ValueKind == JsonValueKind.Object && String(piece, "text") is { } part)
                    {
                        builder.Append(part);
                    }
                    else
                    {
                        return null;
                    }
                }

                return builder.ToString();
            default:
                return null;
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
