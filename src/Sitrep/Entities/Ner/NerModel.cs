using System.Buffers.Binary;

namespace Sitrep.Entities.Ner;

/// <summary>
/// A trained NER model: hashed feature weights per label, dequantised at load. Immutable and
/// thread-safe. The engine's model is the embedded resource <c>Entities/Model/ner-en.bin</c>.
/// </summary>
internal sealed class NerModel
{
    /// <summary>Logical name of the embedded model.</summary>
    public const string ResourceName = "Sitrep.Entities.Model.ner-en.bin";

    private static readonly Lazy<NerModel> Embedded = new(LoadEmbedded);

    private readonly int[] _rowOf;
    private readonly float[] _weights;
    private readonly ulong _mask;

    private NerModel(int bucketBits, int[] rowOf, float[] weights)
    {
        BucketBits = bucketBits;
        _rowOf = rowOf;
        _weights = weights;
        _mask = (1UL << bucketBits) - 1;
    }

    /// <summary>The model shipped with the engine, loaded on first use.</summary>
    public static NerModel Default => Embedded.Value;

    /// <summary>Log2 of the number of feature buckets.</summary>
    public int BucketBits { get; }

    /// <summary>Number of stored weight rows.</summary>
    public int Rows => _weights.Length / NerLabel.Count;

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (one per label).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            var row = _rowOf[(int)(feature & _mask)];
            if (row < 0)
            {
                continue;
            }

            var weights = _weights.AsSpan(row * NerLabel.Count, NerLabel.Count);
            for (var label = 0; label < NerLabel.Count; label++)
            {
                scores[label] += weights[label];
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

        var rowOf = new int[1 << bucketBits];
        Array.Fill(rowOf, -1);
        var weights = new float[rows * NerLabel.Count];
        var offset = NerModelFormat.HeaderSize;
        for (var row = 0; row < rows; row++, offset += rowSize)
        {
            var bucket = BinaryPrimitives.ReadUInt32LittleEndian(body[offset..]);
            if (bucket >= (uint)rowOf.Length)
            {
                throw new NerModelException($"NER model '{source}' is corrupt (bucket {bucket} out of range).");
            }

            var scale = BinaryPrimitives.ReadSingleLittleEndian(body[(offset + 4)..]);
            rowOf[bucket] = row;
            for (var label = 0; label < NerLabel.Count; label++)
            {
                weights[(row * NerLabel.Count) + label] = (sbyte)body[offset + 8 + label] * scale;
            }
        }

        return new NerModel(bucketBits, rowOf, weights);
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
