using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// A read-only map from string keys to lists of <see cref="int"/> postings, kept as flat arrays (one UTF-8
/// blob, one postings array, offsets into both) so that loading it allocates a handful of arrays instead of a
/// string and a list per key. An open-addressing hash table over the key numbers is built at load; lookups take
/// a span and allocate nothing.
/// </summary>
internal sealed class KeyIndex
{
    private readonly byte[] _utf8;
    private readonly int[] _keyStarts;
    private readonly int[] _postings;
    private readonly int[] _postingStarts;
    private readonly int[] _slots;
    private readonly int _mask;

    /// <summary>An index over the UTF-8 keys of <paramref name="utf8"/>; both starts arrays have one item more than there are keys.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs ~400k times once: skip the slow first tier
    public KeyIndex(byte[] utf8, int[] keyStarts, int[] postings, int[] postingStarts)
    {
        _utf8 = utf8;
        _keyStarts = keyStarts;
        _postings = postings;
        _postingStarts = postingStarts;
        Count = keyStarts.Length - 1;
        _slots = new int[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)(Count * 2)))];
        _mask = _slots.Length - 1;
        for (var k = 0; k < Count; k++)
        {
            var slot = Hash(Key(k)) & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = k + 1;
        }
    }

    /// <summary>Number of keys.</summary>
    public int Count { get; }

    /// <summary>Key number <paramref name="k"/> (UTF-8).</summary>
    public ReadOnlySpan<byte> Key(int k) => _utf8.AsSpan(_keyStarts[k], _keyStarts[k + 1] - _keyStarts[k]);

    /// <summary>Postings of key number <paramref name="k"/>.</summary>
    public ReadOnlySpan<int> Postings(int k) => _postings.AsSpan(_postingStarts[k], _postingStarts[k + 1] - _postingStarts[k]);

    /// <summary>Number of <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ReadOnlySpan<char> key)
    {
        Span<byte> buffer = key.Length <= 128 ? stackalloc byte[key.Length * 3] : new byte[Encoding.UTF8.GetMaxByteCount(key.Length)];
        return Find(buffer[..Encoding.UTF8.GetBytes(key, buffer)]);
    }

    /// <summary>Number of the UTF-8 key <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ReadOnlySpan<byte> key)
    {
        var slot = Hash(key) & _mask;
        while (_slots[slot] is var k and not 0)
        {
            if (Key(k - 1).SequenceEqual(key))
            {
                return k - 1;
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    /// <summary>Postings of <paramref name="key"/> (empty when absent).</summary>
    public ReadOnlySpan<int> Get(ReadOnlySpan<char> key) => Find(key) is var k and >= 0 ? Postings(k) : [];

    // FNV-1a over bytes with a final mix: cheap, and keys are short.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<byte> key)
    {
        var h = 2166136261u;
        foreach (var c in key)
        {
            h = (h ^ c) * 16777619u;
        }

        h ^= h >> 15;
        h *= 0x2c1b3c6du;
        h ^= h >> 12;
        return (int)(h & 0x7fffffff);
    }
}
