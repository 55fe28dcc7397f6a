using Sitrep.Entities.Ner;

namespace Sitrep.Evaluation.Ner;

/// <summary>A gold entity span over sentence tokens: [Start, End) token indices and its harmonised type.</summary>
internal readonly record struct NerSpan(int Start, int End, NerType Type);

/// <summary>One tokenised sentence with its gold spans (non-overlapping, harmonised).</summary>
internal sealed record NerSentence(string[] Words, List<NerSpan> Spans)
{
    /// <summary>The BILOU labels of the gold spans.</summary>
    public byte[] Labels()
    {
        var labels = new byte[Words.Length];
        foreach (var span in Spans)
        {
            if (span.End - span.Start == 1)
            {
                labels[span.Start] = NerLabel.Of(span.Type, NerLabel.Unit);
                continue;
            }

            labels[span.Start] = NerLabel.Of(span.Type, NerLabel.Begin);
            for (var i = span.Start + 1; i < span.End - 1; i++)
            {
                labels[i] = NerLabel.Of(span.Type, NerLabel.Inside);
            }

            labels[span.End - 1] = NerLabel.Of(span.Type, NerLabel.Last);
        }

        return labels;
    }
}

/// <summary>A document: sentences that share the tagger's document memory.</summary>
internal sealed record NerDocument(string Id, List<NerSentence> Sentences);
