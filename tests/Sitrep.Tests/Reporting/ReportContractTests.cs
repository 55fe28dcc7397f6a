using System.Text.Json;
using Sitrep.Reporting;

namespace Sitrep.Tests.Reporting;

public sealed class ReportContractTests
{
    [Fact]
    public void A_full_report_survives_a_json_round_trip_unchanged()
    {
        var json = ReportJson.Serialize(ReportFixtures.Full());

        var again = ReportJson.Serialize(ReportJson.Deserialize(json));

        Assert.Equal(json, again);
    }

    [Fact]
    public void Names_follow_the_contract_in_camel_case()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(ReportFixtures.Full()));
        var root = json.RootElement;

        Assert.Equal("sitrep.report/1", root.GetProperty("schema").GetString());
        Assert.Equal(["schema", "document", "entities", "places", "quotes", "events"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "source", "title", "published", "length", "language"], root.GetProperty("document").EnumerateObject().Select(p => p.Name));
        var place = root.GetProperty("places")[0];
        Assert.Equal(706483, place.GetProperty("geonamesId").GetInt64());
        var quote = root.GetProperty("quotes")[0];
        Assert.Equal(20, quote.GetProperty("content").GetProperty("start").GetInt32());
        Assert.Equal(39, quote.GetProperty("content").GetProperty("end").GetInt32());
        Assert.Equal(2, quote.GetProperty("content").EnumerateObject().Count());
    }

    [Fact]
    public void Vocabulary_values_use_the_contracts_spelling()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(ReportFixtures.Full()));
        var record = json.RootElement.GetProperty("events")[0];

        Assert.Equal("violence", record.GetProperty("category").GetString());
        Assert.Equal("incident", record.GetProperty("scope").GetString());
        Assert.Equal("health care", record.GetProperty("targetType").GetString());
        Assert.Equal("ballistic missile", record.GetProperty("weapon").GetString());
        Assert.Equal("day", record.GetProperty("datePrecision").GetString());
        Assert.Equal("child", record.GetProperty("victims")[0].GetProperty("category").GetString());
        Assert.Equal("direct", json.RootElement.GetProperty("quotes")[0].GetProperty("kind").GetString());
        Assert.Equal("city", json.RootElement.GetProperty("places")[0].GetProperty("kind").GetString());
        Assert.Equal("country", json.RootElement.GetProperty("entities")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Unstated_values_are_written_as_null_never_zero()
    {
        using var json = JsonDocument.Parse(ReportJson.Serialize(ReportFixtures.Full()));
        var record = json.RootElement.GetProperty("events")[0];

        Assert.Equal(JsonValueKind.Null, record.GetProperty("injured").ValueKind);
        Assert.Equal(JsonValueKind.Null, record.GetProperty("munitions").GetProperty("intercepted").ValueKind);
    }

    [Fact]
    public void Document_text_is_written_only_when_present()
    {
        var report = ReportFixtures.Full();
        using var without = JsonDocument.Parse(ReportJson.Serialize(report));
        using var with = JsonDocument.Parse(ReportJson.Serialize(report with { Document = report.Document with { Text = ReportFixtures.Text } }));

        Assert.False(without.RootElement.GetProperty("document").TryGetProperty("text", out _));
        Assert.Equal(ReportFixtures.Text, with.RootElement.GetProperty("document").GetProperty("text").GetString());
    }

    [Fact]
    public void Non_ascii_text_stays_readable_in_json()
    {
        var report = ReportFixtures.Full();
        var json = ReportJson.Serialize(report with { Document = report.Document with { Title = "Харків" } });

        Assert.Contains("Харків", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_json_that_is_not_a_report_fails_clearly()
    {
        Assert.ThrowsAny<JsonException>(() => ReportJson.Deserialize("null"));
        Assert.ThrowsAny<JsonException>(() => ReportJson.Deserialize("{\"schema\": 1}"));
    }
}
