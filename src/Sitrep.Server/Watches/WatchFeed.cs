using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Sitrep.Corpus.Watches;
using Sitrep.Corpus.Watches.Delivery;

namespace Sitrep.Server.Watches;

/// <summary>A watch's notifications as an Atom 1.0 feed (System.ServiceModel.Syndication), newest first, so any feed reader can subscribe.</summary>
internal static class WatchFeed
{
    public const int Entries = 100;

    public static string PathOf(string name) => $"/feeds/watch/{Uri.EscapeDataString(name)}.atom";

    public static string Write(Watch watch, IReadOnlyList<NotificationRecord> notifications, Uri self)
    {
        var feed = new SyndicationFeed($"Sitrep watch {watch.Name}", $"Incidents matching {watch.Describe()}", self, "urn:sitrep:watch:" + watch.Name,
            notifications.Count == 0 ? DateTimeOffset.FromUnixTimeMilliseconds(watch.CreatedAt) : DateTimeOffset.FromUnixTimeMilliseconds(notifications[0].CreatedAt));
        feed.Links.Add(SyndicationLink.CreateSelfLink(self, "application/atom+xml"));
        feed.Items = notifications.Select(n =>
        {
            var notification = System.Text.Json.JsonSerializer.Deserialize(n.Payload, WatchJsonContext.Default.Notification)!;
            var item = new SyndicationItem(n.Summary, new TextSyndicationContent(NotificationText.Of(n.Payload)), null, "urn:sitrep:notification:" + n.Key,
                DateTimeOffset.FromUnixTimeMilliseconds(n.CreatedAt));
            foreach (var source in notification.Incident.Sources)
            {
                item.Links.Add(new SyndicationLink(new Uri(self, source.Link), "related", source.Title ?? source.DocumentId, "application/json", 0));
            }

            item.Categories.Add(new SyndicationCategory(n.Kind));
            return item;
        }).ToList();
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return output.ToString();
    }
}
