namespace Sitrep.Corpus.Readers;

/// <summary>Reads a stream whole unless it holds more than a limit: the limit bounds memory, not just the result.</summary>
public static class BoundedRead
{
    /// <summary>All bytes of <paramref name="stream"/>, or null when there are more than <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadAtMost(Stream stream, long maxBytes) =>
        ReadAtMostAsync(stream, maxBytes, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>All bytes of <paramref name="stream"/>, or null when there are more than <paramref name="maxBytes"/>.</summary>
    public static async ValueTask<byte[]?> ReadAtMostAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
