using System.Text.Json;
using Sitrep.Corpus.Watches;

namespace Sitrep.Corpus.Tests.Watches;

/// <summary>A notification written around its shared, pre-serialized incident is byte for byte what the serializer writes.</summary>
public sealed class NotificationJsonTests
{
    [Fact]
    public void Writing_around_the_serialized_incident_gives_the_serializers_bytes()
    {
        var incident = new NotifiedIncident("inc-1", "Air/drone strike", "2026-03-02", "Bilhorod \"old town\" <north>", "UA", null, 50.1, null,
            4, 5, null, 11, "killed",
            [
                new NotifiedSource("sha256:ab", "E1", "https://wire.example/a?x=1&y=2", "Toll rises — Білгород", "2026-03-03", 4, null, "Russian forces",
                    "/api/documents/sha256%3Aab", [new NotifiedEvidence("killed", 10, 24, "killing four 'people'\n")]),
            ]);
        foreach (var notification in new[]
        {
            new Notification(Notification.SchemaName, "n1", "sumy", NotificationKinds.New, [], "2026-03-03T10:00:00.000Z", incident),
            new Notification(Notification.SchemaName, "n2", "all.desk", NotificationKinds.Revised, ["killed 3 → 4", "sources disagree on killed"], "2026-03-03T11:00:00.000Z", incident),
        })
        {
            Assert.Equal(JsonSerializer.Serialize(notification, WatchJsonContext.Default.Notification), NotificationJson.Write(notification, NotificationJson.OfIncident(incident)));
        }
    }
}
