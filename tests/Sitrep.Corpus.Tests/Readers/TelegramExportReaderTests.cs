using Sitrep.Corpus.Ingest;
using Sitrep.Corpus.Readers;

namespace Sitrep.Corpus.Tests.Readers;

/// <summary>A Telegram Desktop channel export written for these tests (an invented channel and posts).</summary>
public sealed class TelegramExportReaderTests : IDisposable
{
    private const string Export = """
        {
          "name": "Вигадана обласна адміністрація",
          "type": "public_channel",
          "id": 1234567890,
          "messages": [
            { "id": 1, "type": "service", "date": "2026-02-10T08:00:00", "action": "create_channel", "text": "" },
            { "id": 2, "type": "message", "date": "2026-02-11T21:30:00", "from": "Вигадана обласна адміністрація",
              "text": "Уночі над областю збито чотири дрони.", "text_entities": [ { "type": "plain", "text": "Уночі над областю збито чотири дрони." } ] },
            { "id": 3, "type": "message", "date": "2026-02-12T07:05:00", "edited": "2026-02-12T07:40:00",
              "text": [ "⚡️", { "type": "bold", "text": "Наслідки атаки" }, ": пошкоджено склад у ", { "type": "hashtag", "text": "#Вигадане" }, "." ] },
            { "id": 4, "type": "message", "date": "2026-02-12T09:00:00", "forwarded_from": "Вигадана служба порятунку",
              "text": "Рятувальники ліквідували пожежу." },
            { "id": 5, "type": "message", "date": "2026-02-12T10:00:00", "photo": "photos/photo_1.jpg", "text": "" }
          ]
        }
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "sitrep-telegram-" + Guid.NewGuid().ToString("N"));

    public TelegramExportReaderTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string json, string name = "result.json")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Each_text_message_is_a_document_with_date_and_link()
    {
        var items = TelegramExportReader.Read(Write(Export)).ToList();

        Assert.Equal(3, items.Count); // the service message and the photo without a caption are no documents
        var first = items[0].Document!;
        Assert.Equal("Уночі над областю збито чотири дрони.", first.Text);
        Assert.Equal(new DateOnly(2026, 2, 11), first.Published);
        Assert.Equal("https://t.me/c/1234567890/2", first.Url);
        Assert.Equal(first.Url, first.Source);
    }

    [Fact]
    public void Formatted_text_is_flattened_so_entity_offsets_hold()
    {
        var edited = TelegramExportReader.Read(Write(Export)).ToList()[1].Document!;

        Assert.Equal("⚡️Наслідки атаки: пошкоджено склад у #Вигадане.", edited.Text);
        Assert.Equal("Наслідки атаки", edited.Text.Substring(2, 14)); // the bold piece where text_entities put it
    }

    [Fact]
    public void A_forward_keeps_its_origin_and_a_username_gives_the_public_link()
    {
        var json = Export.Replace("\"id\": 1234567890,", "\"id\": 1234567890, \"username\": \"vyhadana_ova\",", StringComparison.Ordinal);

        var forward = TelegramExportReader.Read(Write(json)).ToList()[2].Document!;

        Assert.Equal("forwarded from Вигадана служба порятунку", forward.Byline);
        Assert.Equal("https://t.me/vyhadana_ova/4", forward.Url);
    }

    [Fact]
    public void Re_importing_the_export_stores_nothing_new()
    {
        using var test = TestStore.Open("sqlite");
        var path = Write(Export);

        var first = new Ingestor(test.Store).Run(InputReader.Read([path]));
        var second = new Ingestor(test.Store).Run(InputReader.Read([folder]));

        Assert.Equal((3, 0), (first.New, first.Failures.Count));
        Assert.Equal((0, 3), (second.New, second.Unchanged));
    }

    [Fact]
    public void A_broken_export_is_one_clear_failure()
    {
        var item = Assert.Single(TelegramExportReader.Read(Write("{\"name\": \"x\"}")));

        Assert.Contains("no \"messages\" array", item.Error, StringComparison.Ordinal);
        Assert.Contains("Telegram", Assert.Single(InputReader.Read([Write("[1, 2]", "other.json")])).Error, StringComparison.Ordinal);
    }
}
