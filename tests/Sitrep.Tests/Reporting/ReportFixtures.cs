using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Tests.Reporting;

/// <summary>A report with every field of the contract filled, over an invented text.</summary>
internal static class ReportFixtures
{
    public const string Text = "Russia hit Kharkiv. \"We will rebuild,\" Mayor Ivan Petrenko said.";

    public static Report Full() => new()
    {
        Document = new DocumentBlock { Id = DocumentId.Of(Text), Source = "test.txt", Title = "Kharkiv", Published = "2026-02-11", Length = Text.Length },
        Entities =
        [
            new EntityRecord { Id = "E1", Type = EntityType.Country, Name = "Russia", Affiliation = "RU", Mentions = [new(0, 6)] },
            new EntityRecord { Id = "E2", Type = EntityType.Person, Name = "Ivan Petrenko", Role = "Mayor", Affiliation = "UA", Mentions = [new(46, 59)] },
        ],
        Places =
        [
            new PlaceRecord { Id = "P1", Name = "Kharkiv", Kind = PlaceKind.City, Country = "UA", Admin1 = "Kharkiv Oblast", Lat = 49.98, Lon = 36.25, GeonamesId = 706483, Mentions = [new(11, 18)] },
        ],
        Quotes =
        [
            new QuoteRecord { Id = "Q1", Kind = QuoteKind.Direct, Content = new(20, 39), ContentParts = [new(20, 39)], Cue = new(60, 64), Source = new(40, 59), Speaker = "E2", Confidence = 0.9 },
        ],
        Events =
        [
            new EventRecord
            {
                Id = "V1", Category = EventCategory.Violence, Scope = EventScope.Incident,
                EventType = "Explosions/Remote violence", SubEventType = "Air/drone strike", Plover = "ASSAULT",
                Actors = ["E1"], Targets = [], TargetType = TargetType.HealthCare, Weapon = WeaponClass.BallisticMissile,
                Munitions = new Munitions(3, null), Place = "P1", Date = "2026-02-10", DatePrecision = DatePrecision.Day,
                Killed = new Casualties(4, 4, 4), Injured = null, Victims = [new VictimCount(VictimCategory.Child, 3, null)],
                Quote = "Q1", Confidence = 0.8, Evidence = [new Evidence("killed", 0, 19)],
            },
        ],
    };
}
