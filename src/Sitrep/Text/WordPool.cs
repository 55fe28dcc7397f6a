namespace Sitrep.Text;

/// <summary>
/// One string per distinct short word of one document (not shared between documents, so no locking): the
/// per-token word tables of the entities and events stages held a fresh string for every token, which for a
/// 5 MB text of five million one-character tokens was most of the peak memory. The strings are equal to
/// the fresh ones, only shared.
/// </summary>
internal sealed class WordPool
{
    /// <summary>Longer words are rarely repeated and are not pooled.</summary>
    private const int MaxPooled = 32;

    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordPool() => _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word as a string.</summary>
    public string Of(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxPooled)
        {
            return word.ToString();
        }

        if (!_lookup.TryGetValue(word, out var pooled))
        {
            pooled = word.ToString();
            _pool.Add(pooled, pooled);
        }

        return pooled;
    }

    /// <summary>The word lower-cased as <see cref="string.ToLowerInvariant()"/> does.</summary>
    public string LowerOf(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxPooled)
        {
            return word.ToString().ToLowerInvariant();
        }

        Span<char> lower = stackalloc char[MaxPooled];
        var length = word.ToLowerInvariant(lower);
        return Of(lower[..length]);
    }
}
