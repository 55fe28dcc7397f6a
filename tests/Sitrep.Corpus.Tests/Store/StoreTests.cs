using Sitrep.Corpus.Ingest;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Tests.Store;

/// <summary>The same behaviour on both backends.</summary>
public sealed class StoreTests
{
    private static readonly string[] Texts = ["Shelling hit a school in Kupiansk.", "A drone struck a depot near Izmail."];

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Saving_the_same_text_twice_stores_it_once(string backend)
    {
        using var test = TestStore.Open(backend);
        var (document, report) = Reports.Strike("Vylkove", 3);

        Assert.True(test.Store.Save(document, report));
        Assert.False(test.Store.Save(document with { Source = "copy.txt" }, report));

        var counts = test.Store.Counts();
        Assert.Equal((1, 1, 1, 1), (counts.Documents, counts.Events, counts.Quotes, counts.Entities));
        Assert.True(test.Store.Contains(report.Document.Id));
        Assert.Equal(document.Text, test.Store.TextOf(report.Document.Id));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Search_finds_documents_by_word_and_stem_and_ignores_syntax_in_the_query(string backend)
    {
        using var test = TestStore.Open(backend);
        var (a, ra) = Reports.Strike("Vylkove", 3, extra: "The harbour master described burning grain silos.");
        var (b, rb) = Reports.Strike("Izmail", 1, extra: "Ferry crossings were suspended.");
        test.Store.Save(a, ra);
        test.Store.Save(b, rb);

        var hits = test.Store.Search("silo", 10);
        Assert.Equal(ra.Document.Id, Assert.Single(hits).DocumentId);
        Assert.Contains("[", hits[0].Snippet, StringComparison.Ordinal);
        Assert.Equal(2, test.Store.Search("drones", 10).Count);
        Assert.Empty(test.Store.Search("ferry silos", 10));
        Assert.Empty(test.Store.Search("\"OR (\" * NEAR", 10));
        Assert.Equal(rb.Document.Id, Assert.Single(test.Store.SearchQuotes("izmail", 10)).DocumentId);
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Event_queries_filter_by_country_region_date_type_and_actor(string backend)
    {
        using var test = TestStore.Open(backend);
        foreach (var (d, r) in new[]
        {
            Reports.Strike("Vylkove", 3, date: "2026-03-10"),
            Reports.Strike("Kupiansk", 2, date: "2026-03-12", admin1: "Kharkiv Oblast", actor: "Russian army", subEventType: "Shelling/artillery/missile attack"),
            Reports.Strike("Belgorod", 1, date: "2026-03-13", country: "RU", admin1: "Belgorod Oblast", actor: "Ukrainian drones"),
        })
        {
            test.Store.Save(d, r);
        }

        string[] Places(CorpusFilter f) => test.Store.Events(f).Select(e => e.PlaceName!).ToArray();
        Assert.Equal(["Vylkove", "Kupiansk", "Belgorod"], Places(CorpusFilter.None));
        Assert.Equal(["Vylkove", "Kupiansk"], Places(new CorpusFilter { Country = "ua" }));
        Assert.Equal(["Kupiansk"], Places(new CorpusFilter { Admin1 = "kharkiv oblast" }));
        Assert.Equal(["Kupiansk", "Belgorod"], Places(new CorpusFilter { From = "2026-03-11", To = "2026-03-13" }));
        Assert.Equal(["Kupiansk"], Places(new CorpusFilter { Type = "Shelling/artillery/missile attack" }));
        Assert.Equal(["Belgorod"], Places(new CorpusFilter { Actor = "ukrainian" }));
        Assert.Equal(["Vylkove"], Places(new CorpusFilter { Limit = 1 }));
        Assert.Equal(3, test.Store.Entities(new CorpusFilter { Type = "organization" }).Count());
        Assert.Single(test.Store.Reports(new CorpusFilter { Country = "RU" }));
        Assert.Equal(3, test.Store.Quotes(new CorpusFilter { Speaker = "official" }).Count());
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Queries_filter_by_document_language(string backend)
    {
        using var test = TestStore.Open(backend);
        const string ukrainian = "Уночі російські війська атакували місто ударними дронами, внаслідок удару є загиблі й поранені серед мирних жителів, пошкоджено будинки.";
        var (e, re) = Reports.Strike("Vylkove", 3);
        test.Store.Save(e, re);
        var (d, r) = Reports.Strike("Kupiansk", 2, extra: ukrainian);
        test.Store.Save(d, r);

        Assert.Equal(["Kupiansk"], test.Store.Events(new CorpusFilter { Language = "uk" }).Select(e => e.PlaceName!));
        Assert.Equal(["Vylkove"], test.Store.Events(new CorpusFilter { Language = "en" }).Select(e => e.PlaceName!));
        Assert.Single(test.Store.Quotes(new CorpusFilter { Language = "uk" }));
        Assert.Single(test.Store.Entities(new CorpusFilter { Language = "en" }));
        Assert.Single(test.Store.Reports(new CorpusFilter { Language = "uk" }));
        Assert.Empty(test.Store.EventPoints(new CorpusFilter { Language = "ru" }));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Reopening_a_store_applies_no_migration_twice(string backend)
    {
        using var test = TestStore.Open(backend);
        var (d, r) = Reports.Strike("Vylkove", 3);
        test.Store.Save(d, r);
        using var again = CorpusStore.Open(test.Db);
        Assert.Equal(1, again.Counts().Documents);
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Ingesting_the_same_documents_again_adds_nothing(string backend)
    {
        using var test = TestStore.Open(backend);
        var items = Texts.Select((t, i) => Sitrep.Corpus.Readers.ReadItem.Ok(Reports.Document(t, source: $"d{i}.txt")))
            .Append(Sitrep.Corpus.Readers.ReadItem.Fail("broken.html", "HTML holds no readable article text")).ToList();

        var first = new Ingestor(test.Store).Run(items);
        var second = new Ingestor(test.Store).Run(items);

        Assert.Equal((2, 0, 1), (first.New, first.Unchanged, first.Failures.Count));
        Assert.Equal((0, 2, 1), (second.New, second.Unchanged, second.Failures.Count));
        Assert.Equal("broken.html", second.Failures[0].Source);
        Assert.Equal(2, test.Store.Counts().Done);
        Assert.Equal(2, test.Store.Reports(CorpusFilter.None).Count());
    }
}
