using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Sitrep.Entities.Ner;

/// <summary>
/// A trained NER model: hashed feature weights per label. Immutable and thread-safe. The engine's
/// model is the embedded resource <c>Entities/Model/ner-en.bin</c>. In memory every bucket owns a
/// 24-byte row (float scale, then one int8 weight per label), so a feature costs one cache line.
/// </summary>
internal sealed class NerModel
{
    /// <summary>Logical name of the embedded model.</summary>
    public const string ResourceName = "Sitrep.Entities.Model.ner-en.bin";

    private static readonly Lazy<NerModel> Embedded = new(LoadEmbedded);

    private const int Stride = 24;

    private readonly byte[] _table;
    private readonly ulong _mask;

    private NerModel(int bucketBits, byte[] table, int rows)
    {
        BucketBits = bucketBits;
        _table = table;
        Rows = rows;
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
        scores.Clear();
        foreach (var feature in features)
        {
            var offset = (int)(feature & _mask) * Stride;
            var scale = Unsafe.ReadUnaligned<float>(ref _table[offset]);
            if (scale == 0)
            {
                continue;
            }

            var weights = _table.AsSpan(offset + 4, NerLabel.Count);
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

        var table = new byte[(1 << bucketBits) * Stride];
        var offset = NerModelFormat.HeaderSize;
        for (var row = 0; row < rows; row++, offset += rowSize)
        {
            var bucket = BinaryPrimitives.ReadUInt32LittleEndian(body[offset..]);
            if (bucket >= 1u << bucketBits)
            {
                throw new NerModelException($"NER model '{source}' is corrupt (bucket {bucket} out of range).");
            }

            // The file's row is scale then weights, the table's row too.
            body.Slice(offset + 4, 4 + NerLabel.Count).CopyTo(table.AsSpan((int)bucket * Stride));
        }

        return new NerModel(bucketBits, table, rows);
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
