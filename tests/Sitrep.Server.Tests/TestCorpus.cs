using Sitrep.Corpus.Ingest;
using Sitrep.Corpus.Readers;
using Sitrep.Corpus.Store;
using Sitrep.Corpus.Store.Sqlite;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Server.Tests;

/// <summary>
/// A SQLite store filled with hand-built reports over articles written for these tests (the engine on this
/// branch extracts only the document block): two sources on one Kharkiv strike that disagree on the dead,
/// an Odesa port strike, and a hostile article whose extracted strings are HTML/script payloads.
/// </summary>
internal sealed class TestCorpus : IDisposable
{
    public const string Kharkiv1 = "Russian drones struck an apartment block in Kharkiv overnight, killing four people and injuring eleven, regional governor Marko Levytskyi said on Monday. \"They hit sleeping families,\" Levytskyi said.";
    public const string Kharkiv2 = "Five people were killed and eleven wounded when Russian drones hit a residential building in Kharkiv early on Monday, the emergency service said.";
    public const string Odesa = "A Russian missile hit grain silos at the port of Odesa on Saturday, injuring two workers, port authority spokeswoman Iryna Tkach said. \"The silos were empty,\" Tkach told reporters.";
    public const string Hostile = "Officials in <script>window.__xss=1</script> Sumy said <img src=x onerror=\"window.__xss=1\"> shelling hit a school. Read more at javascript:window.__xss=1 today.";
    public const string HostileName = "<img src=x onerror=\"window.__xss=1\">";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "sitrep-server-" + Guid.NewGuid().ToString("N"));

    public TestCorpus()
    {
        Db = Path.Combine(folder, "corpus.db");
        using var store = new SqliteCorpusStore(Db);
        Save(store, Kharkiv1, "kharkiv-1.txt", "2026-03-02", "Drones hit Kharkiv apartment block", killed: 4, injured: 11, date: "2026-03-02",
            place: ("Kharkiv", "Kharkiv Oblast", 49.99, 36.23), actor: "Russian forces", sub: "Air/drone strike", speaker: "Marko Levytskyi");
        Save(store, Kharkiv2, "kharkiv-2.txt", "2026-03-02", "Five dead in Kharkiv", killed: 5, injured: 11, date: "2026-03-02",
            place: ("Kharkiv", "Kharkiv Oblast", 50.0, 36.25), actor: "Russian forces", sub: "Air/drone strike", speaker: null);
        Save(store, Odesa, "odesa.txt", "2026-02-28", "Missile hits Odesa port", killed: null, injured: 2, date: "2026-02-28",
            place: ("Odesa", "Odesa Oblast", 46.48, 30.73), actor: "Russian forces", sub: "Shelling/artillery/missile attack", speaker: "Iryna Tkach");
        Save(store, Hostile, "javascript:window.__xss=1", "2026-02-20", "<script>window.__xss=1</script>Hostile title", killed: 1, injured: null, date: "2026-02-20",
            place: ("<b onmouseover=\"window.__xss=1\">Sumy</b>", "Sumy Oblast", 50.91, 34.80), actor: HostileName, sub: "Shelling/artillery/missile attack", speaker: null);
        Ingestor.Relink(store);
    }

    /// <summary>The SQLite file.</summary>
    public string Db { get; }

    public static string IdOf(string text) => DocumentId.Of(text);

    internal static void Save(SqliteCorpusStore store, string text, string source, string published, string title, int? killed, int? injured, string date,
        (string Name, string Admin1, double Lat, double Lon) place, string actor, string sub, string? speaker)
    {
        var url = source.StartsWith("javascript:", StringComparison.Ordinal) ? source : "https://news.example/" + source;
        var document = new SourceDocument { Text = text, Source = source, Url = url, Title = title, Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) };
        var evidence = new List<Evidence>();
        void Add(string field, string? phrase)
        {
            var at = phrase is null ? -1 : text.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0)
            {
                evidence.Add(new Evidence(field, at, at + phrase!.Length));
            }
        }

        Add("killed", killed switch { 4 => "four", 5 => "Five", _ => null });
        Add("injured", injured switch { 11 => "eleven", 2 => "two", _ => null });
        Add("weapon", text.Contains("drones", StringComparison.Ordinal) ? "drones" : "missile");
        var placeWord = place.Name.Contains("Sumy", StringComparison.Ordinal) ? "Sumy" : place.Name;
        var placeAt = text.IndexOf(placeWord, StringComparison.Ordinal);
        Add("place", placeWord);
        var entities = new List<EntityRecord> { new() { Id = "E1", Type = EntityType.Organization, Name = actor, Affiliation = "RU" } };
        var quotes = new List<QuoteRecord>();
        var open = text.IndexOf('"', StringComparison.Ordinal);
        if (speaker is not null && open >= 0)
        {
            var close = text.IndexOf('"', open + 1);
            var mention = text.IndexOf(speaker, StringComparison.Ordinal);
            entities.Add(new EntityRecord { Id = "E2", Type = EntityType.Person, Name = speaker, Affiliation = "UA", Mentions = [new TextSpan(mention, mention + speaker.Length)] });
            quotes.Add(new QuoteRecord { Id = "Q1", Kind = QuoteKind.Direct, Content = new TextSpan(open, close + 1), Speaker = "E2", Confidence = 0.9 });
        }

        var report = new Report
        {
            Document = new DocumentBlock { Id = DocumentId.Of(text), Source = source, Title = title, Published = published, Length = text.Length },
            Entities = entities,
            Places = [new PlaceRecord { Id = "P1", Name = place.Name, Kind = PlaceKind.City, Country = "UA", Admin1 = place.Admin1, Lat = place.Lat, Lon = place.Lon, Mentions = placeAt >= 0 ? [new TextSpan(placeAt, placeAt + placeWord.Length)] : [] }],
            Quotes = quotes,
            Events =
            [
                new EventRecord
                {
                    Id = "V1", Category = EventCategory.Violence, EventType = "Explosions/Remote violence", SubEventType = sub, Actors = ["E1"],
                    Weapon = text.Contains("drones", StringComparison.Ordinal) ? WeaponClass.Drone : WeaponClass.Missile, Place = "P1", Date = date, DatePrecision = DatePrecision.Day,
                    Killed = killed is { } k ? new Casualties(k, k, k) : null, Injured = injured is { } i ? new Casualties(i, i, i) : null,
                    Confidence = 0.9, Evidence = evidence,
                },
            ],
        };
        store.Save(document, report);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
