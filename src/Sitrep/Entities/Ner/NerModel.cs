using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Sitrep.Entities.Ner;

/// <summary>
/// A trained NER model: hashed feature weights per label. Immutable and thread-safe. The engine's
/// model is the embedded resource <c>Entities/Model/ner-en.bin</c>. In memory the stored rows (float
/// scale, then one int8 weight per label, 24 bytes) sit packed in bucket order, found through a bitmap of
/// occupied buckets with a rank index: the bitmap and index fit in L2, so a feature whose bucket holds no
/// weights (most of them) never touches the rows, and the rows (a few MB) stay cache-friendly, where a
/// table with a row for every bucket would cost a trip to main memory per feature.
/// </summary>
internal sealed class NerModel
{
    /// <summary>Logical name of the embedded model.</summary>
    public const string ResourceName = "Sitrep.Entities.Model.ner-en.bin";

    private static readonly Lazy<NerModel> Embedded = new(LoadEmbedded);

    private const int Stride = 24;

    private readonly byte[] _rows;
    private readonly ulong[] _occupied;
    private readonly int[] _rank;
    private readonly ulong _mask;

    private NerModel(int bucketBits, byte[] rows, ulong[] occupied, int[] rank, int rowCount)
    {
        BucketBits = bucketBits;
        _rows = rows;
        _occupied = occupied;
        _rank = rank;
        Rows = rowCount;
        _mask = (1UL << bucketBits) - 1;
    }

    /// <summary>The model shipped with the engine, loaded on first use.</summary>
    public static NerModel Default => Embedded.Value;

    /// <summary>Log2 of the number of feature buckets.</summary>
    public int BucketBits { get; }

    /// <summary>Number of stored weight rows.</summary>
    public int Rows { get; }

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (one per label).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: skip tier-0 code
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        // The first 16 labels four at a time, the 17th alone. Each lane does what the one-label loop did, in
        // the same feature order (weight to float, times the row's scale, added to the sum; no fused
        // multiply-add), so every score is the same float to the bit.
        var s0 = Vector128<float>.Zero;
        var s1 = Vector128<float>.Zero;
        var s2 = Vector128<float>.Zero;
        var s3 = Vector128<float>.Zero;
        var last = 0f;
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        foreach (var feature in features)
        {
            if (Row(feature, out var offset) is not { } scale)
            {
                continue;
            }

            // Bounds: a row is Stride (24) bytes, scale then 17 weights, so bytes 4..20 and byte 20 are inside it.
            var weights = Vector128.LoadUnsafe(ref Unsafe.As<byte, sbyte>(ref Unsafe.Add(ref rows, offset + 4)));
            var factor = Vector128.Create(scale);
            var (low, high) = Vector128.Widen(weights);
            var (w0, w1) = Vector128.Widen(low);
            var (w2, w3) = Vector128.Widen(high);
            s0 += Vector128.ConvertToSingle(w0) * factor;
            s1 += Vector128.ConvertToSingle(w1) * factor;
            s2 += Vector128.ConvertToSingle(w2) * factor;
            s3 += Vector128.ConvertToSingle(w3) * factor;
            last += (sbyte)_rows[offset + 4 + 16] * scale;
        }

        s0.CopyTo(scores);
        s1.CopyTo(scores[4..]);
        s2.CopyTo(scores[8..]);
        s3.CopyTo(scores[12..]);
        scores[16] = last;
    }

    // The feature's weight row: its byte offset and scale, or null when the feature has no weights.
    private float? Row(ulong feature, out int offset)
    {
        var bucket = (int)(feature & _mask);
        var word = _occupied[bucket >> 6];
        var bit = 1UL << (bucket & 63);
        offset = 0;
        if ((word & bit) == 0)
        {
            return null;
        }

        offset = (_rank[bucket >> 6] + BitOperations.PopCount(word & (bit - 1))) * Stride;
        var scale = Unsafe.ReadUnaligned<float>(ref _rows[offset]);
        return scale == 0 ? null : scale;
    }

    /// <summary>
    /// The one-label-at-a-time sum <see cref="Score"/> must equal bit for bit: the reference its tests compare
    /// against, so a change of the label count or of the vector code cannot silently move a score.
    /// </summary>
    internal void ScoreOneLabelAtATime(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (Row(feature, out var offset) is not { } scale)
            {
                continue;
            }

            var weights = _rows.AsSpan(offset + 4, NerLabel.Count);
            for (var label = 0; label < NerLabel.Count; label++)
            {
                scores[label] += (sbyte)weights[label] * scale;
            }
        }
    }

    /// <summary>Reads a model file.</summary>
    /// <exception cref="NerModelException">The bytes are not a complete model of this version.</exception>
    public static NerModel Load(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.Length < NerModelFormat.HeaderSize + 8 || !bytes[..4].SequenceEqual(NerModelFormat.Magic))
        {
            throw new NerModelException($"NER model '{source}' is not a Sitrep model file (bad header or too short: {bytes.Length} bytes).");
        }

        var body = bytes[..^8];
        if (NerModelFormat.Checksum(body) != BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..]))
        {
            throw new NerModelException($"NER model '{source}' is corrupt (checksum mismatch); retrain it with 'sitrep train ner'.");
        }

        var format = BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]);
        var features = BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]);
        var bucketBits = BinaryPrimitives.ReadInt32LittleEndian(bytes[12..]);
        var labels = BinaryPrimitives.ReadInt32LittleEndian(bytes[16..]);
        var rows = BinaryPrimitives.ReadInt32LittleEndian(bytes[20..]);
        if (format != NerModelFormat.FormatVersion || features != NerFeatures.Version || labels != NerLabel.Count || bucketBits is < 8 or > 26)
        {
            throw new NerModelException(
                $"NER model '{source}' has format {format}, features {features}, {labels} labels; this engine needs format " +
                $"{NerModelFormat.FormatVersion}, features {NerFeatures.Version}, {NerLabel.Count} labels. Retrain it with 'sitrep train ner'.");
        }

        const int rowSize = 4 + 4 + NerLabel.Count;
        if (rows < 0 || body.Length != NerModelFormat.HeaderSize + ((long)rows * rowSize))
        {
            throw new NerModelException($"NER model '{source}' is truncated ({rows} rows announced, {body.Length} bytes).");
        }

        // First pass: which buckets hold a row; then each bucket's place among the occupied ones.
        var occupied = new ulong[Math.Max(1, (1 << bucketBits) >> 6)];
        for (int row = 0, offset = NerModelFormat.HeaderSize; row < rows; row++, offset += rowSize)
        {
            var bucket = BinaryPrimitives.ReadUInt32LittleEndian(body[offset..]);
            if (bucket >= 1u << bucketBits)
            {
                throw new NerModelException($"NER model '{source}' is corrupt (bucket {bucket} out of range).");
            }

            occupied[bucket >> 6] |= 1UL << (int)(bucket & 63);
        }

        var rank = new int[occupied.Length];
        var count = 0;
        for (var w = 0; w < occupied.Length; w++)
        {
            rank[w] = count;
            count += BitOperations.PopCount(occupied[w]);
        }

        // Second pass: the file's row is scale then weights, the packed row too (a repeated bucket keeps the last).
        var packed = new byte[count * Stride];
        for (int row = 0, offset = NerModelFormat.HeaderSize; row < rows; row++, offset += rowSize)
        {
            var bucket = (int)BinaryPrimitives.ReadUInt32LittleEndian(body[offset..]);
            var index = rank[bucket >> 6] + BitOperations.PopCount(occupied[bucket >> 6] & ((1UL << (bucket & 63)) - 1));
            body.Slice(offset + 4, 4 + NerLabel.Count).CopyTo(packed.AsSpan(index * Stride));
        }

        return new NerModel(bucketBits, packed, occupied, rank, rows);
    }

    private static NerModel LoadEmbedded()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new NerModelException($"NER model resource '{ResourceName}' is missing from the engine build; run 'sitrep train ner' and rebuild.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return Load(bytes, ResourceName);
    }
}
