namespace Sitrep.Corpus.Incidents;

/// <summary>Great-circle distance on a spherical Earth (haversine); ample for a radius of tens of kilometres.</summary>
public static class GeoDistance
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Kilometres between two points given in degrees.</summary>
    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>A lower bound of <see cref="Kilometres"/> from the latitudes alone (the distance along a meridian), without trigonometry.</summary>
    public static double AtLeastKilometres(double lat1, double lat2) => Math.Abs(lat2 - lat1) * Math.PI / 180 * EarthRadiusKm;
}
