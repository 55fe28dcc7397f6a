using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// A read-only map from string keys to lists of <see cref="int"/> postings, kept as flat arrays (one UTF-8
/// blob, one postings array, offsets into both) so that loading it allocates a handful of arrays instead of a
/// string and a list per key. An open-addressing hash table over the key numbers is built at load (or read from a gazetteer image); lookups take
/// a span and allocate nothing.
/// </summary>
internal sealed class KeyIndex
{
    private readonly Column<byte> _utf8;
    private readonly Column<int> _keyStarts;
    private readonly Column<int> _postings;
    private readonly Column<int> _postingStarts;
    private readonly Column<int> _slots;
    private readonly int _mask;
    private readonly int _keyBits;

    /// <summary>An index over the UTF-8 keys of <paramref name="utf8"/>; both starts arrays have one item more than there are keys.</summary>
    public KeyIndex(Column<byte> utf8, Column<int> keyStarts, Column<int> postings, Column<int> postingStarts)
        : this(utf8, keyStarts, postings, postingStarts, BuildSlots(utf8.Span, keyStarts.Span))
    {
    }

    /// <summary>An index with its hash table <paramref name="slots"/> already built (the <see cref="Parts"/> slots of an equal index, as a gazetteer image stores them).</summary>
    public KeyIndex(Column<byte> utf8, Column<int> keyStarts, Column<int> postings, Column<int> postingStarts, Column<int> slots)
    {
        _utf8 = utf8;
        _keyStarts = keyStarts;
        _postings = postings;
        _postingStarts = postingStarts;
        Count = keyStarts.Length - 1;
        if (slots.Length != SlotCount(Count))
        {
            throw new InvalidDataException($"key index: {slots.Length:N0} hash slots where {Count:N0} keys need {SlotCount(Count):N0}.");
        }

        _slots = slots;
        _mask = slots.Length - 1;
        _keyBits = KeyBits(Count);
    }

    /// <summary>The arrays this index reads, in the order a gazetteer image stores them.</summary>
    public (Column<byte> Utf8, Column<int> KeyStarts, Column<int> Postings, Column<int> PostingStarts, Column<int> Slots) Parts =>
        (_utf8, _keyStarts, _postings, _postingStarts, _slots);

    /// <summary>Number of keys.</summary>
    public int Count { get; }

    /// <summary>Key number <paramref name="k"/> (UTF-8).</summary>
    public ReadOnlySpan<byte> Key(int k) => _utf8.Span[_keyStarts[k].._keyStarts[k + 1]];

    /// <summary>Postings of key number <paramref name="k"/>.</summary>
    public ReadOnlySpan<int> Postings(int k) => _postings.Span[_postingStarts[k].._postingStarts[k + 1]];

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
        var slots = _slots.Span;
        var hash = Hash(key);
        var tag = hash >> _keyBits;
        var slot = (int)hash & _mask;
        while ((uint)slots[slot] is var s and not 0)
        {
            // A different tag is a different key: most misses never read the key bytes (a cache miss each).
            if (s >> _keyBits == tag && Key((int)(s & ((1u << _keyBits) - 1)) - 1).SequenceEqual(key))
            {
                return (int)(s & ((1u << _keyBits) - 1)) - 1;
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    /// <summary>Postings of <paramref name="key"/> (empty when absent).</summary>
    public ReadOnlySpan<int> Get(ReadOnlySpan<char> key) => Find(key) is var k and >= 0 ? Postings(k) : [];

    private static int SlotCount(int keys) => Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)(keys * 2)));

    // Bits a slot needs for the key number plus one; the rest of its 32 hold the top bits of the key's hash.
    private static int KeyBits(int keys) => 32 - BitOperations.LeadingZeroCount((uint)keys);

    // Open addressing with linear probing, keys inserted in number order: the same keys always give the same table.
    // A slot is key number + 1 in its low bits and a tag of the hash above them (0 is an empty slot).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs ~400k times once: skip the slow first tier
    private static int[] BuildSlots(ReadOnlySpan<byte> utf8, ReadOnlySpan<int> keyStarts)
    {
        var count = keyStarts.Length - 1;
        var slots = new int[SlotCount(count)];
        var mask = slots.Length - 1;
        var keyBits = KeyBits(count);
        for (var k = 0; k < count; k++)
        {
            var hash = Hash(utf8[keyStarts[k]..keyStarts[k + 1]]);
            var slot = (int)hash & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = (int)((uint)(k + 1) | (hash >> keyBits << keyBits));
        }

        return slots;
    }

    // FNV-1a over bytes with a final mix: cheap, and keys are short.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<byte> key)
    {
        var h = 2166136261u;
        foreach (var c in key)
        {
            h = (h ^ c) * 16777619u;
        }

        h ^= h >> 15;
        h *= 0x2c1b3c6du;
        h ^= h >> 12;
        return h;
    }
}
