using Sitrep.Corpus.Exports;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Tests.Exports;

public sealed class AcledFieldsTests
{
    private static EventRow Strike() => new()
    {
        DocumentId = "sha256:0123456789abcdef", EventId = "V2", Category = "violence", Scope = "incident",
        EventType = "Explosions/Remote violence", SubEventType = "Air/drone strike", Actors = "Russia",
        TargetType = "residential", Weapon = "drone", PlaceName = "Bohodukhiv", PlaceKind = "city", Country = "UA",
        Admin1 = "Kharkiv Oblast", Date = "2026-02-10", DatePrecision = "day", KilledBest = 4, SourceUrl = "https://news.example/a/1",
    };

    [Fact]
    public void A_state_actor_takes_acleds_name_and_an_attack_on_homes_targets_the_places_civilians()
    {
        var row = AcledCsv.ToRow(Strike(), 0);

        Assert.Equal("Military Forces of Russia (2000-)", row.Actor1);
        Assert.Equal("1", row.Inter1);
        Assert.Equal("Civilians (Ukraine)", row.Actor2);
        Assert.Equal("7", row.Inter2);
        Assert.Equal("17", row.Interaction);
        Assert.Equal("Civilian targeting", row.CivilianTargeting);
    }

    [Fact]
    public void Notes_are_one_sentence_from_the_events_fields()
    {
        Assert.Equal("On 10 February 2026, forces of Russia struck a residential building in Bohodukhiv (Kharkiv Oblast) with a drone, killing 4 people.",
            AcledCsv.ToRow(Strike(), 0).Notes);
    }

    [Fact]
    public void Source_is_the_outlet_and_never_a_local_path()
    {
        Assert.Equal("news.example", AcledCsv.ToRow(Strike(), 0).Source);
        var local = Strike();
        local.SourceUrl = "/home/analyst/articles/strike.txt";
        Assert.Null(AcledCsv.ToRow(local, 0).Source);
    }

    [Fact]
    public void A_sole_actor_of_unknown_kind_has_no_inter_code_and_a_strike_on_a_military_site_no_civilian_targeting()
    {
        var e = Strike();
        e.Actors = "unknown gunmen";
        e.TargetType = "military";

        var row = AcledCsv.ToRow(e, 0);

        Assert.Equal("unknown gunmen", row.Actor1);
        Assert.Null(row.Inter1);
        Assert.Null(row.Interaction);
        Assert.Null(row.CivilianTargeting);
    }
}
