namespace Sitrep.Entities.Ner;

/// <summary>
/// The binary layout of a NER model file, little-endian:
/// magic <c>SNER</c>, format version, feature version, bucket bits, label count, row count; then per
/// non-zero row its bucket (uint32), scale (float32) and one int8 weight per label; finally the
/// FNV-1a hash of every preceding byte, so a damaged file is refused instead of tagging badly.
/// </summary>
internal static class NerModelFormat
{
    /// <summary>First four bytes of every model file.</summary>
    public static ReadOnlySpan<byte> Magic => "SNER"u8;

    /// <summary>Version of this layout.</summary>
    public const int FormatVersion = 1;

    /// <summary>Bytes before the rows.</summary>
    public const int HeaderSize = 4 + (5 * 4);

    /// <summary>FNV-1a over bytes (the file checksum).</summary>
    public static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = StableHash.Start;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>
    /// Writes averaged weights (<c>weights[bucket * labels + label]</c>) as a model file; rows whose
    /// weights all round to zero are left out. Deterministic: same weights, same bytes.
    /// </summary>
    public static void Write(Stream output, int bucketBits, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(weights);
        const int labels = NerLabel.Count;
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(NerFeatures.Version);
            writer.Write(bucketBits);
            writer.Write(labels);
            writer.Write(0); // row count, patched below
            var rows = 0;
            Span<sbyte> quantized = stackalloc sbyte[labels];
            for (var bucket = 0; bucket < 1 << bucketBits; bucket++)
            {
                var row = weights.AsSpan(bucket * labels, labels);
                var max = 0f;
                foreach (var w in row)
                {
                    max = Math.Max(max, Math.Abs(w));
                }

                if (max < 1e-3f)
                {
                    continue;
                }

                var scale = max / 127f;
                var any = false;
                for (var label = 0; label < labels; label++)
                {
                    quantized[label] = (sbyte)Math.Round(row[label] / scale, MidpointRounding.AwayFromZero);
                    any |= quantized[label] != 0;
                }

                if (!any)
                {
                    continue;
                }

                writer.Write((uint)bucket);
                writer.Write(scale);
                foreach (var q in quantized)
                {
                    writer.Write(q);
                }

                rows++;
            }

            writer.Seek(HeaderSize - 4, SeekOrigin.Begin);
            writer.Write(rows);
        }

        var bytes = buffer.ToArray();
        output.Write(bytes);
        output.Write(BitConverter.GetBytes(Checksum(bytes)));
    }
}
