using System.Runtime.CompilerServices;
namespace Sitrep.Entities.Ner;

/// <summary>Greedy decoding helpers shared by the tagger and the trainer.</summary>
internal static class NerDecoder
{
    /// <summary>The best-scoring label allowed after <paramref name="previous"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: skip tier-0 code
    public static int Best(ReadOnlySpan<float> scores, int previous, bool last)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var label = 0; label < NerLabel.Count; label++)
        {
            if (scores[label] > bestScore && NerLabel.Allowed(previous, label, last))
            {
                (best, bestScore) = (label, scores[label]);
            }
        }

        return best;
    }

    /// <summary>Calls <paramref name="span"/> for each (start, end exclusive, type) of a label sequence.</summary>
    public static void Spans(ReadOnlySpan<byte> labels, Action<int, int, NerType> span)
    {
        ArgumentNullException.ThrowIfNull(span);
        var start = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            if (label == 0)
            {
                start = -1;
                continue;
            }

            switch (NerLabel.PositionOf(label))
            {
                case NerLabel.Unit:
                    span(i, i + 1, NerLabel.TypeOf(label));
                    start = -1;
                    break;
                case NerLabel.Begin:
                    start = i;
                    break;
                case NerLabel.Last when start >= 0:
                    span(start, i + 1, NerLabel.TypeOf(label));
                    start = -1;
                    break;
            }
        }
    }
}
