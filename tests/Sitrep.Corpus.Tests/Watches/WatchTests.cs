using System.Text.Json;
using Sitrep.Corpus.Review;
using Sitrep.Corpus.Store;
using Sitrep.Corpus.Watches;

namespace Sitrep.Corpus.Tests.Watches;

/// <summary>Watches on both backends: what notifies (new incidents, revisions once per change) and what does not.</summary>
public sealed class WatchTests
{
    private static IWatchStore Watches(TestStore test) => (IWatchStore)test.Store;

    private static Watch Hook(string name, Action<Watch>? filters = null)
    {
        var watch = new Watch { Name = name, Webhook = "http://127.0.0.1:9/hook" };
        filters?.Invoke(watch);
        return watch;
    }

    private static List<Notification> Told(TestStore test, string watch) =>
        Watches(test).Notifications(watch, 100).OrderBy(n => n.Seq)
            .Select(n => JsonSerializer.Deserialize(n.Payload, WatchJsonContext.Default.Notification)!).ToList();

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_new_incident_in_the_watched_region_notifies_once_with_its_figures_sources_and_evidence(string backend)
    {
        using var test = TestStore.Open(backend);
        Watches(test).AddWatch(Hook("odesa", w => { w.Admin1 = "odesa oblast"; w.MinKilled = 1; }));
        Watches(test).AddWatch(Hook("sumy", w => w.Admin1 = "Sumy Oblast"));
        var (document, report) = Reports.Strike("Odesa", killed: 3, injured: 2);

        test.Store.Save(document, report);
        test.Store.Save(document, report); // the same text again stores nothing and tells nothing

        var told = Assert.Single(Told(test, "odesa"));
        Assert.Equal(NotificationKinds.New, told.Kind);
        Assert.Equal((3, 2, "Odesa"), (told.Incident.KilledBest!.Value, told.Incident.InjuredBest!.Value, told.Incident.Place!));
        var source = Assert.Single(told.Incident.Sources);
        Assert.Equal(document.Url, source.Url);
        Assert.Equal("/api/documents/" + Uri.EscapeDataString(report.Document.Id), source.Link);
        var evidence = Assert.Single(source.Evidence);
        Assert.Equal(("place", "Odesa"), (evidence.Field, evidence.Text));
        Assert.Empty(Told(test, "sumy"));
        Assert.Single(Watches(test).ClaimDeliveries(10, TimeSpan.FromMinutes(1)));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_rising_toll_revises_the_incident_and_an_agreeing_source_tells_nothing(string backend)
    {
        using var test = TestStore.Open(backend);
        Watches(test).AddWatch(Hook("odesa", w => w.Admin1 = "Odesa Oblast"));
        test.Store.Save(Reports.Strike("Odesa", killed: 3, published: "2026-03-14").Document, Reports.Strike("Odesa", killed: 3, published: "2026-03-14").Report);
        var agreeing = Reports.Strike("Odesa", killed: 3, published: "2026-03-14", extra: "Rescuers searched the rubble.");
        test.Store.Save(agreeing.Document, agreeing.Report);
        var rising = Reports.Strike("Odesa", killed: 7, published: "2026-03-15");
        test.Store.Save(rising.Document, rising.Report);

        var told = Told(test, "odesa");
        Assert.Equal([NotificationKinds.New, NotificationKinds.Revised], told.Select(n => n.Kind));
        Assert.Equal(told[0].Incident.Key, told[1].Incident.Key);
        Assert.Contains("killed 3 → 7", told[1].Changes);
        Assert.Equal(7, told[1].Incident.KilledBest);
        Assert.Equal(3, told[1].Incident.Sources.Count);
        Assert.NotEqual(told[0].Key, told[1].Key);
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_second_source_that_disagrees_on_the_same_day_is_a_revision_naming_the_conflict(string backend)
    {
        using var test = TestStore.Open(backend);
        Watches(test).AddWatch(Hook("odesa", w => w.Country = "ua"));
        var first = Reports.Strike("Odesa", killed: 5, published: "2026-03-14");
        var second = Reports.Strike("Odesa", killed: 4, published: "2026-03-14", extra: "A second account.");
        test.Store.Save(first.Document, first.Report);
        test.Store.Save(second.Document, second.Report);

        var revised = Told(test, "odesa")[^1];
        Assert.Equal(NotificationKinds.Revised, revised.Kind);
        Assert.Contains("sources disagree on killed", revised.Changes);
        Assert.Equal((4, 5), (revised.Incident.KilledBest!.Value, revised.Incident.KilledMax!.Value));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_review_correction_revises_the_incident_once_and_a_confirmation_tells_nothing(string backend)
    {
        using var test = TestStore.Open(backend);
        Watches(test).AddWatch(Hook("odesa"));
        var (document, report) = Reports.Strike("Odesa", killed: 3);
        test.Store.Save(document, report);
        var reviews = (IReviewStore)test.Store;

        reviews.AddReview(new ReviewEntry { DocumentId = report.Document.Id, EventId = "V1", Action = ReviewActions.Confirm, Reviewer = "ana", At = 1 });
        reviews.AddReview(new ReviewEntry { DocumentId = report.Document.Id, EventId = "V1", Action = ReviewActions.Correct, Field = "killed", OldValue = "3", NewValue = "4", Reviewer = "ana", At = 2 });

        var told = Told(test, "odesa");
        Assert.Equal(2, told.Count);
        Assert.Equal("review by ana: killed 3 → 4", Assert.Single(told[1].Changes));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Point_and_radius_type_actor_and_words_filters_must_all_hold(string backend)
    {
        using var test = TestStore.Open(backend);
        var store = Watches(test);
        store.AddWatch(Hook("near", w => { w.Lat = 46.40; w.Lon = 30.70; w.RadiusKm = 15; }));
        store.AddWatch(Hook("far", w => { w.Lat = 50.45; w.Lon = 30.52; w.RadiusKm = 15; }));
        store.AddWatch(Hook("shelling", w => w.Type = "Shelling/artillery/missile attack"));
        store.AddWatch(Hook("remote", w => { w.Type = "explosions/remote violence"; w.Actor = "russian"; }));
        store.AddWatch(Hook("rubble", w => w.Words = "RUBBLE searched"));
        store.AddWatch(Hook("injured", w => w.MinInjured = 1));
        var strike = Reports.Strike("Odesa", killed: 1, extra: "Rescuers searched the rubble.");
        test.Store.Save(strike.Document, strike.Report);

        Assert.Equal(["near", "remote", "rubble"], store.Watches().Where(w => store.Notifications(w.Name, 10).Count > 0).Select(w => w.Name));
        Assert.Single(store.TestWatch(store.FindWatch("near")!, 10));
        Assert.Empty(store.TestWatch(store.FindWatch("far")!, 10));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Documents_completed_by_a_worker_notify_like_ingested_ones(string backend)
    {
        using var test = TestStore.Open(backend);
        Watches(test).AddWatch(Hook("all"));
        var (document, report) = Reports.Strike("Odesa", killed: 2);
        test.Store.Enqueue(document);
        var claimed = Assert.Single(test.Store.Claim("w1", 1, TimeSpan.FromMinutes(1)));
        Assert.True(test.Store.Complete("w1", claimed.Id, report));

        Assert.Single(Told(test, "all"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Removing_a_watch_removes_its_notifications_and_pending_deliveries(string backend)
    {
        using var test = TestStore.Open(backend);
        var store = Watches(test);
        store.AddWatch(Hook("all"));
        var (document, report) = Reports.Strike("Odesa", killed: 2);
        test.Store.Save(document, report);

        Assert.True(store.RemoveWatch("all"));
        Assert.False(store.RemoveWatch("all"));
        Assert.Empty(store.ClaimDeliveries(10, TimeSpan.FromMinutes(1)));
        Assert.Empty(store.Watches());
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_claimed_delivery_waits_out_its_lease_and_a_failed_one_its_backoff(string backend)
    {
        using var test = TestStore.Open(backend);
        var store = Watches(test);
        store.AddWatch(Hook("all"));
        var (document, report) = Reports.Strike("Odesa", killed: 2);
        test.Store.Save(document, report);

        var first = Assert.Single(store.ClaimDeliveries(10, TimeSpan.FromMilliseconds(200)));
        Assert.Empty(store.ClaimDeliveries(10, TimeSpan.FromMinutes(1)));
        Thread.Sleep(300); // the claimant "crashed": after the lease the row is claimable again, as attempt 2
        var second = Assert.Single(store.ClaimDeliveries(10, TimeSpan.FromMinutes(1)));
        Assert.Equal((first.Key, 1, 2), (second.Key, first.Attempts, second.Attempts));
        store.DeliveryFailed(second.Id, "HTTP 500", DateTimeOffset.UtcNow.AddHours(1));
        Assert.Empty(store.ClaimDeliveries(10, TimeSpan.FromMinutes(1)));
        Assert.Contains("pending (attempt 2: HTTP 500)", store.Notifications("all", 10)[0].Deliveries, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad name")]
    [InlineData("")]
    public void A_watch_with_an_unusable_name_is_refused(string name)
    {
        using var test = TestStore.Open("sqlite");
        Assert.Throws<ArgumentException>(() => Watches(test).AddWatch(new Watch { Name = name }));
    }

    [Fact]
    public void A_watch_with_half_a_point_a_relative_webhook_or_a_taken_name_is_refused()
    {
        using var test = TestStore.Open("sqlite");
        var store = Watches(test);
        Assert.Throws<ArgumentException>(() => store.AddWatch(new Watch { Name = "a", Lat = 1, Lon = 2 }));
        Assert.Throws<ArgumentException>(() => store.AddWatch(new Watch { Name = "a", Webhook = "/hook" }));
        Assert.Throws<ArgumentException>(() => store.AddWatch(new Watch { Name = "a", Email = "not an address" }));
        store.AddWatch(new Watch { Name = "a" });
        Assert.Throws<ArgumentException>(() => store.AddWatch(new Watch { Name = "a" }));
    }
}
