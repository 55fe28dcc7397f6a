using System.Text;
using System.Text.Json;
using Sitrep.Corpus.Exports;
using Sitrep.Corpus.Store;
using Sitrep.Reporting;

namespace Sitrep.Corpus.Tests.Exports;

/// <summary>Every export read back.</summary>
public sealed class ExportTests
{
    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Acled_csv_round_trips_through_CsvHelper_with_acled_columns_first(string backend)
    {
        using var test = TestStore.Open(backend);
        var (d, r) = Reports.Strike("Vylkove, \"old town\"", 4, injured: 2);
        test.Store.Save(d, r);

        using var writer = new StringWriter();
        Assert.Equal(1, AcledCsv.Write(test.Store.Events(CorpusFilter.None), writer));
        var header = writer.ToString().Split('\n')[0].TrimEnd('\r').Split(',');
        Assert.Equal(AcledRowMap.Columns, header);
        Assert.Equal(AcledRowMap.Columns.Length, typeof(AcledRow).GetProperties().Length);

        var row = Assert.Single(AcledCsv.Read(new StringReader(writer.ToString())));
        Assert.Equal(("2026-03-13", "Air/drone strike", "Russian forces", "Vylkove, \"old town\"", 4, 2), (row.EventDate, row.SubEventType, row.Actor1, row.Location, row.Fatalities, row.Injured));
        Assert.Equal(("12/9", "residential", "Political violence", "UA", 46.48), (row.Munitions, row.TargetType, row.DisorderType, row.Iso, row.Latitude));
        Assert.Equal(d.Url, row.SourceUrl);
        Assert.Contains("\"field\":\"place\"", row.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Json_lines_export_gives_back_the_stored_reports(string backend)
    {
        using var test = TestStore.Open(backend);
        var reports = new[] { Reports.Strike("Vylkove", 4), Reports.Strike("Izmail", 1) };
        foreach (var (d, r) in reports)
        {
            test.Store.Save(d, r);
        }

        using var writer = new StringWriter();
        Assert.Equal(2, JsonLinesExport.Write(test.Store.Reports(CorpusFilter.None), writer));
        var read = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ReportJson.Deserialize).ToList();
        Assert.Equal(reports.Select(p => ReportJson.Serialize(p.Item2)), read.Select(r => ReportJson.Serialize(r)));
    }

    [Theory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Geojson_export_is_a_feature_collection_of_points_in_lon_lat_order(string backend)
    {
        using var test = TestStore.Open(backend);
        var (d, r) = Reports.Strike("Vylkove", 4, lat: 45.4, lon: 29.6);
        test.Store.Save(d, r);

        using var stream = new MemoryStream();
        Assert.Equal(1, GeoJsonExport.Write(test.Store.Events(CorpusFilter.None), stream));
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        var feature = json.RootElement.GetProperty("features")[0];
        Assert.Equal([29.6, 45.4], feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal(4, feature.GetProperty("properties").GetProperty("killed").GetInt32());
        Assert.Equal("Vylkove", feature.GetProperty("properties").GetProperty("place").GetString());
    }
}
