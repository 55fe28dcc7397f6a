using System.Net;
using System.Net.Http.Headers;
using FeedReaderLib = CodeHollow.FeedReader;
using Sitrep.Corpus.Readers;
using Sitrep.Corpus.Store;

namespace Sitrep.Corpus.Feeds;

/// <summary>
/// Polls RSS/Atom feeds with our own <see cref="HttpClient"/>: conditional GET (ETag / Last-Modified kept
/// in the store, so an unchanged feed costs one 304), then each item's page is fetched and read as an
/// HTML article; an item whose page fails falls back to the feed's own content, else is a failed item.
/// An item whose link is not http(s) is a failed item (never fetched, never stored). The conditional-GET
/// state is returned with the poll and saved by <see cref="Acknowledge"/> once its items are stored, so a
/// poll that dies half way is read again in full next time.
/// </summary>
public sealed class FeedClient
{
    private readonly HttpClient http;
    private readonly ICorpusStore store;

    /// <summary>Creates a client; the caller owns <paramref name="http"/> (and its timeout).</summary>
    public FeedClient(HttpClient http, ICorpusStore store)
    {
        this.http = http ?? throw new ArgumentNullException(nameof(http));
        this.store = store ?? throw new ArgumentNullException(nameof(store));
    }

    /// <summary>Fetches the feed once; returns its items read as documents (empty when unchanged since the last poll).</summary>
    public async Task<FeedPoll> PollAsync(string url, DateOnly? published = null, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var feedUri) || (feedUri.Scheme != Uri.UriSchemeHttp && feedUri.Scheme != Uri.UriSchemeHttps))
        {
            return FeedPoll.Failure(url, "the feed address is not an http(s) URL");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, feedUri);
        if (store.Feed(url) is { } saved)
        {
            if (saved.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            {
                request.Headers.IfNoneMatch.Add(tag);
            }

            if (saved.LastModified is { } modified && DateTimeOffset.TryParse(modified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var since))
            {
                request.Headers.IfModifiedSince = since;
            }
        }

        string body;
        FeedState state;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FeedPoll(NotModified: true, []);
            }

            if (!response.IsSuccessStatusCode)
            {
                return FeedPoll.Failure(url, $"feed returned HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var decodedBody = await DecodeAsync(response, cancellationToken).ConfigureAwait(false);
            if (decodedBody.Text is not { } text)
            {
                return FeedPoll.Failure(url, $"feed could not be decoded: {decodedBody.Error}");
            }

            body = text;
            state = new FeedState(url, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return FeedPoll.Failure(url, $"feed could not be fetched: {(e is TaskCanceledException ? "timed out" : e.Message)}");
        }

        FeedReaderLib.Feed feed;
        try
        {
            feed = FeedReaderLib.FeedReader.ReadFromString(body);
        }
#pragma warning disable CA1031 // the parser throws assorted exceptions on malformed feeds; each is a failed poll, not a crash.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return FeedPoll.Failure(url, $"not an RSS or Atom feed: {e.Message}");
        }

        var items = new List<ReadItem>();
        foreach (var item in feed.Items)
        {
            items.Add(await ReadItemAsync(url, item, published, cancellationToken).ConfigureAwait(false));
        }

        return new FeedPoll(false, items) { State = state };
    }

    /// <summary>Saves the poll's conditional-GET state: call it once the poll's items are stored.</summary>
    public void Acknowledge(FeedPoll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        if (poll.State is { } state)
        {
            store.SaveFeed(state);
        }
    }

    /// <summary>The body as text: the HTTP charset, else the document's own declaration, else detection (legacy Cyrillic pages).</summary>
    private static async Task<Text.DecodeResult> DecodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return WebTextDecoder.Decode(bytes, response.Content.Headers.ContentType?.CharSet);
    }

    private async Task<ReadItem> ReadItemAsync(string feedUrl, FeedReaderLib.FeedItem item, DateOnly? published, CancellationToken cancellationToken)
    {
        Uri? absolute = null;
        if (item.Link is { Length: > 0 } l && !Uri.TryCreate(new Uri(feedUrl), l.Trim(), out absolute))
        {
            return ReadItem.Fail($"{feedUrl} item '{item.Title}'", $"item link is not a URL: {l}");
        }

        if (absolute is not null && absolute.Scheme != Uri.UriSchemeHttp && absolute.Scheme != Uri.UriSchemeHttps)
        {
            return ReadItem.Fail(absolute.OriginalString, $"item link is not http(s) ({absolute.Scheme}:); skipped");
        }

        var link = absolute?.AbsoluteUri;
        var date = item.PublishingDate is { } d ? DateOnly.FromDateTime(d) : published;
        string? failure = null;
        if (link is not null)
        {
            try
            {
                using var response = await http.GetAsync(link, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    var decoded = await DecodeAsync(response, cancellationToken).ConfigureAwait(false);
                    var read = decoded.Text is { } html ? HtmlArticleReader.Read(html, link, link, date) : ReadItem.Fail(link, decoded.Error!);
                    if (read.Document is { } document)
                    {
                        return ReadItem.Ok(document with { Title = document.Title ?? item.Title, Published = document.Published ?? date });
                    }

                    failure = read.Error;
                }
                else
                {
                    failure = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                failure = e is TaskCanceledException ? "timed out" : e.Message;
            }
        }

        // The feed's own content is the fallback when the page cannot be read.
        var content = item.Content ?? item.Description;
        if (content is { Length: > 0 } && HtmlArticleReader.Read($"<html><body><article><p>{content}</p></article></body></html>", link ?? feedUrl, link ?? feedUrl, date).Document is { } fallback)
        {
            return ReadItem.Ok(fallback with { Title = item.Title, RawHtml = content });
        }

        return ReadItem.Fail(link ?? $"{feedUrl} item '{item.Title}'", $"item could not be read: {failure ?? "no link and no content"}");
    }
}

/// <summary>The result of one poll.</summary>
/// <param name="NotModified">The server answered 304: nothing new since the last poll.</param>
/// <param name="Items">Each item read as a document, or the reason it could not be.</param>
public sealed record FeedPoll(bool NotModified, IReadOnlyList<ReadItem> Items)
{
    /// <summary>Why the feed itself could not be read (then <see cref="Items"/> holds that one failure), or null.</summary>
    public string? Error { get; init; }

    /// <summary>A poll that failed as a whole: the feed could not be fetched, decoded or parsed.</summary>
    public static FeedPoll Failure(string url, string error) => new(false, [ReadItem.Fail(url, error)]) { Error = error };

    /// <summary>The feed's ETag / Last-Modified from this poll, saved by <see cref="FeedClient.Acknowledge"/>.</summary>
    public FeedState? State { get; init; }
}
