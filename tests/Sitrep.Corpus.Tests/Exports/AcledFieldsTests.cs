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
    [Fact]
    public void A_country_hit_by_an_attack_on_homes_is_its_civilians_and_not_also_its_forces()
    {
        var e = Strike();
        e.Targets = "Ukraine";

        var row = AcledCsv.ToRow(e, 0);

        Assert.Equal("Civilians (Ukraine)", row.Actor2);
        Assert.Null(row.AssocActor2);
        Assert.Equal("17", row.Interaction);
    }

    [Fact]
    public void A_country_hit_at_a_military_site_is_its_military_forces()
    {
        var e = Strike();
        e.Targets = "Ukraine";
        e.TargetType = "military";

        var row = AcledCsv.ToRow(e, 0);

        Assert.Equal("Military Forces of Ukraine (2019-)", row.Actor2);
        Assert.Equal("11", row.Interaction);
        Assert.Null(row.CivilianTargeting);
    }

    [Fact]
    public void A_country_hit_where_no_target_is_known_is_no_acled_actor()
    {
        var e = Strike();
        e.Targets = "Ukraine";
        e.TargetType = null;

        var row = AcledCsv.ToRow(e, 0);

        Assert.Null(row.Actor2);
        Assert.Equal("10", row.Interaction);
    }

    [Fact]
    public void A_protest_is_led_by_the_protesters_of_its_country_with_the_named_group_associated_and_no_state_as_actor2()
    {
        var e = new EventRow
        {
            DocumentId = "sha256:0123456789abcdef", EventId = "V3", Category = "demonstration", Scope = "incident",
            EventType = "Protests", SubEventType = "Peaceful protest", Actors = "Union of Dairy Farmers", Targets = "Latvia",
            PlaceName = "Riga", PlaceKind = "city", Country = "LV", Date = "2026-03-02", DatePrecision = "day",
        };

        var row = AcledCsv.ToRow(e, 0);

        Assert.Equal("Protesters (Latvia)", row.Actor1);
        Assert.Equal("6", row.Inter1);
        Assert.Equal("Union of Dairy Farmers", row.AssocActor1);
        Assert.Null(row.Actor2);
        Assert.Equal("60", row.Interaction);
    }

    [Fact]
    public void A_riot_is_led_by_rioters()
    {
        var e = new EventRow
        {
            DocumentId = "sha256:0123456789abcdef", EventId = "V4", Category = "demonstration", Scope = "incident",
            EventType = "Riots", SubEventType = "Violent demonstration", Actors = "Latvia", Country = "LV",
        };

        var row = AcledCsv.ToRow(e, 0);

        Assert.Equal("Rioters (Latvia)", row.Actor1);
        Assert.Equal("5", row.Inter1);
        Assert.Null(row.AssocActor1);
    }

    [Fact]
    public void Arrests_are_made_by_a_states_police_and_an_agreement_by_its_government()
    {
        var arrest = new EventRow
        {
            DocumentId = "sha256:0123456789abcdef", EventId = "V5", Category = "strategic", Scope = "incident",
            EventType = "Strategic developments", SubEventType = "Arrests", Actors = "Belarus", Targets = "Belarus", Country = "BY",
        };

        var row = AcledCsv.ToRow(arrest, 0);

        Assert.Equal("Police Forces of Belarus (1994-)", row.Actor1);
        Assert.Equal("Civilians (Belarus)", row.Actor2);
        Assert.Equal("17", row.Interaction);

        arrest.SubEventType = "Agreement";
        arrest.Targets = null;
        Assert.Equal("Government of Belarus (1994-)", AcledCsv.ToRow(arrest, 0).Actor1);
    }
}
