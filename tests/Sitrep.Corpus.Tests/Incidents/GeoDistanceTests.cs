using Sitrep.Corpus.Incidents;

namespace Sitrep.Corpus.Tests.Incidents;

/// <summary>The latitude-only bound that lets a watch skip the haversine never exceeds the distance itself.</summary>
public sealed class GeoDistanceTests
{
    [Fact]
    public void The_latitude_bound_is_never_above_the_great_circle_distance()
    {
        var random = new Random(42);
        for (var i = 0; i < 20_000; i++)
        {
            var (lat1, lon1) = (random.NextDouble() * 180 - 90, random.NextDouble() * 360 - 180);
            // Half the pairs lie close together, where a radius of tens of kilometres decides.
            var (lat2, lon2) = i % 2 == 0 ? (Math.Clamp(lat1 + (random.NextDouble() - 0.5), -90, 90), lon1 + (random.NextDouble() - 0.5)) : (random.NextDouble() * 180 - 90, random.NextDouble() * 360 - 180);

            Assert.True(GeoDistance.AtLeastKilometres(lat1, lat2) <= GeoDistance.Kilometres(lat1, lon1, lat2, lon2) + 1e-6, $"({lat1}, {lon1}) ({lat2}, {lon2})");
        }

        Assert.Equal(GeoDistance.Kilometres(50, 30, 51, 30), GeoDistance.AtLeastKilometres(50, 51), 6);
    }
}
