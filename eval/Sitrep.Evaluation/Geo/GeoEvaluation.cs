using System.Globalization;
using Sitrep.Evaluation.Scoring;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Evaluation.Geo;

/// <summary>
/// Geoparsing against TR-News, GeoWebNews, LGL and GeoVirus (Gritta et al. 2020 metrics): resolution given the
/// gold toponym spans (accuracy@161 km, mean error, AUC of the log-error curve; country and admin-1 accuracy
/// where the gold has GeoNames ids) and end-to-end recognition (span P/R/F1 under the shared overlap rule).
/// </summary>
public static class GeoEvaluation
{
    /// <summary>The task name used for floors.</summary>
    public const string Task = "geo";

    /// <summary>Error charged for a toponym left unresolved: half the Earth's circumference.</summary>
    public const double MissKm = 20039;

    // GeoWebNews types that denote a place a reader could put on a map (demonyms, homonyms and languages do not).
    private static readonly HashSet<string> PlaceTypes = new(StringComparer.Ordinal)
    {
        "Literal", "Metonymic", "Mixed", "Coercion", "Literal_Modifier", "Non_Literal_Modifier", "Embedded_Literal", "Embedded_Non_Lit",
    };

    /// <summary>Scores one corpus (<paramref name="name"/> prefixes its metrics) into <paramref name="metrics"/>.</summary>
    /// <param name="name">Corpus name.</param>
    /// <param name="documents">Gold documents.</param>
    /// <param name="analyzer">The engine.</param>
    /// <param name="metrics">Receives the figures.</param>
    /// <param name="misses">Receives one line per toponym resolved 161 km or more off, when given.</param>
    public static void Score(string name, IReadOnlyList<GeoDocument> documents, Analyzer analyzer, MetricSet metrics, TextWriter? misses = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(metrics);
        var errors = new List<double>();
        var lenient = 0;
        int countryOk = 0, countryTotal = 0, admin1Ok = 0, admin1Total = 0;
        var recognition = new Prf(0, 0, 0);
        foreach (var doc in documents)
        {
            var located = doc.Toponyms.Where(t => t.Lat is not null && t.Lon is not null && (t.Type is null || PlaceTypes.Contains(t.Type))).ToList();
            var places = PlaceStage.ResolveSpans(doc.Text, [.. located.Select(t => t.Span)]);
            foreach (var gold in located)
            {
                var place = places.At(gold.Span);
                var resolved = place is { Lat: not null, Lon: not null };
                var km = resolved ? GeoDistance.Km(gold.Lat!.Value, gold.Lon!.Value, place!.Lat!.Value, place.Lon!.Value) : MissKm;
                errors.Add(km);
                lenient += km < 161 || (resolved && gold.GeonamesId is { } gid && place!.GeonamesId == gid
                    && place.Kind is Reporting.PlaceKind.Country or Reporting.PlaceKind.Admin1) ? 1 : 0;
                if (km >= 161)
                {
                    misses?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{name}\t{doc.Id}\t{gold.Span.Of(doc.Text)}\t{place?.Name}\t{place?.Kind}\t{place?.Country}\t{place?.Admin1}\t{km:0}\t{place?.Rule}\t{gold.Lat:0.##},{gold.Lon:0.##}\t{gold.Span.Start}\t{place?.Admin1GeonamesId}"));
                }
                if (gold.CountryId is { } country)
                {
                    countryTotal++;
                    countryOk += resolved && GazetteerInfo.CountryGeonamesId(place!.Country) == country ? 1 : 0;
                }

                if (gold.IsCity && gold.Admin1Id is { } admin1 && resolved && place!.Kind == Reporting.PlaceKind.City)
                {
                    admin1Total++;
                    admin1Ok += place.Admin1GeonamesId == admin1 ? 1 : 0;
                }
            }

            var predicted = analyzer.Annotate(doc.Text).GetOrDefault(PlaceSet.Key, new PlaceSet()).Places
                .SelectMany(p => p.Mentions).OrderBy(s => s.Start).ToList();
            List<TextSpan> goldSpans = [.. located.Select(t => t.Span)];
            var matched = SpanMatcher.Match(goldSpans, predicted).Count;
            recognition += new Prf(matched, predicted.Count, goldSpans.Count);
        }

        var within = errors.Count(e => e < 161);
        metrics.AddShare($"{name}.acc161", within, errors.Count);
        metrics.AddShare($"{name}.acc161_lenient", lenient, errors.Count);
        metrics.Add($"{name}.mean_km", errors.Count == 0 ? 0 : errors.Average(), "missed toponyms count 20,039 km");
        metrics.Add($"{name}.auc", Auc(errors), "area under the log-error curve, lower is better");
        if (countryTotal > 0)
        {
            metrics.AddShare($"{name}.country", countryOk, countryTotal);
            metrics.AddShare($"{name}.admin1", admin1Ok, admin1Total);
        }

        metrics.Add($"{name}.recognition", recognition);
    }

    // Gritta et al.: trapezoid area under sorted log(err + 1), normalised by log(20039) and (n - 1).
    private static double Auc(List<double> errors)
    {
        if (errors.Count < 2)
        {
            return 0;
        }

        var logs = errors.Select(e => Math.Log(e + 1)).Order().ToArray();
        var area = 0.0;
        for (var i = 1; i < logs.Length; i++)
        {
            area += (logs[i - 1] + logs[i]) / 2;
        }

        return area / (Math.Log(MissKm) * (logs.Length - 1));
    }

    /// <summary>Readable figure for logs.</summary>
    public static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
