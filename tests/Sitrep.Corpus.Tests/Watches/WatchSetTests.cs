using Sitrep.Corpus.Store;
using Sitrep.Corpus.Watches;

namespace Sitrep.Corpus.Tests.Watches;

/// <summary>The watch index picks exactly the watches a check of every watch would: it only saves the checks.</summary>
public sealed class WatchSetTests
{
    private static readonly string?[] Regions = [null, "Sumy Oblast", "sumy oblast", "Kharkiv Oblast", "Odesa Oblast"];
    private static readonly string?[] Countries = [null, "UA", "ua", "RU"];
    private static readonly string?[] Types = [null, "Air/drone strike", "air/drone strike", "Explosions/Remote violence", "Armed clash"];

    [Fact]
    public void Random_watches_and_incidents_match_through_the_index_as_they_match_one_by_one()
    {
        var random = new Random(17);
        T Pick<T>(T[] values) => values[random.Next(values.Length)];
        var watches = Enumerable.Range(1, 400).Select(i => new Watch
        {
            Id = i, Name = "w" + i, Admin1 = Pick(Regions), Country = Pick(Countries), Type = Pick(Types),
            MinKilled = random.Next(3) == 0 ? random.Next(0, 5) : null,
        }).ToList();
        foreach (var near in watches.Where(_ => random.Next(4) == 0))
        {
            (near.Lat, near.Lon, near.RadiusKm) = (50 + random.NextDouble(), 35 + random.NextDouble(), random.Next(5, 60));
        }

        var set = new WatchSet(watches);

        for (var trial = 0; trial < 300; trial++)
        {
            var members = Enumerable.Range(0, random.Next(1, 4)).Select(m => new EventRow
            {
                DocumentId = $"d{trial}-{m}", EventId = "E1", Admin1 = Pick(Regions), Country = Pick(Countries),
                SubEventType = Pick(Types), EventType = random.Next(2) == 0 ? "Explosions/Remote violence" : "Battles",
                Lat = 50 + random.NextDouble(), Lon = 35 + random.NextDouble(),
            }).ToList();
            var incident = new WatchedIncident(new IncidentRow { Id = "i" + trial, KilledBest = random.Next(0, 5) }, members, members[0], "");
            var skip = watches.Where(_ => random.Next(20) == 0).ToDictionary(w => w.Id, _ => "earlier");

            var expected = watches.Where(w => !skip.ContainsKey(w.Id) && WatchMatcher.Matches(w, incident)).Select(w => w.Id).ToList();

            Assert.Equal(expected, set.Matching(incident, skip).Select(w => w.Id).ToList());
        }
    }

    [Fact]
    public void A_region_watch_is_found_through_any_member_and_in_any_letter_case()
    {
        var sumy = new Watch { Id = 1, Name = "sumy", Admin1 = "SUMY OBLAST" };
        var everything = new Watch { Id = 2, Name = "all" };
        var set = new WatchSet([sumy, everything]);
        EventRow[] members = [new() { DocumentId = "a", Admin1 = "Kharkiv Oblast" }, new() { DocumentId = "b", Admin1 = "Sumy Oblast" }];

        var matched = set.Matching(new WatchedIncident(new IncidentRow(), members, members[0], ""), new Dictionary<long, string>());

        Assert.Equal(["sumy", "all"], matched.Select(w => w.Name));
    }
}
