using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Sitrep.Corpus.Store;

namespace Sitrep.Server.Api;

/// <summary>
/// Serialized bodies of the event endpoints, keyed by path and query and kept while the store version
/// (<see cref="IStoreVersion"/>, bumped by every ingest and review, from any process) stays the same. A
/// repeated query then costs one version read instead of a query, the review overlay and serialization.
/// Stores without a version are never cached.
/// </summary>
internal sealed class ResponseCache(ICorpusStore store, IOptions<JsonOptions> json)
{
    /// <summary>Bodies held at most (a 100k-event map is ~5 MB); beyond it new bodies are served uncached.</summary>
    public const long MaxBytes = 64L << 20;

    private readonly ConcurrentDictionary<string, byte[]> bodies = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long version = -1;
    private long bytes;

    /// <summary>
    /// The JSON of <paramref name="build"/>'s value for this request's path and query, serialized with the
    /// API's own options (the same bytes an uncached endpoint would write).
    /// </summary>
    public IResult Json<T>(HttpRequest request, Func<T> build)
    {
        var key = request.Path.Value + request.QueryString.Value;
        var body = Get(key, () => JsonSerializer.SerializeToUtf8Bytes(build(), json.Value.SerializerOptions.GetTypeInfo(typeof(T))));
        return TypedResults.Bytes(body, "application/json; charset=utf-8");
    }

    /// <summary>The body for <paramref name="key"/>, from the cache when built at the current store version.</summary>
    public byte[] Get(string key, Func<byte[]> build)
    {
        if (store is not IStoreVersion versioned)
        {
            return build();
        }

        // Read before the data: a body is then never older than the version it is filed under.
        var current = versioned.Version();
        bool behind;
        lock (gate)
        {
            if (current > version)
            {
                bodies.Clear();
                bytes = 0;
                version = current;
            }

            behind = current < version;
        }

        // Read just before a change another request has already seen: built afresh, not filed.
        if (behind)
        {
            return build();
        }

        if (bodies.TryGetValue(key, out var body))
        {
            return body;
        }

        body = build();
        lock (gate)
        {
            if (version == current && bytes + body.Length <= MaxBytes && bodies.TryAdd(key, body))
            {
                bytes += body.Length;
            }
        }

        return body;
    }
}
