using System.Runtime.CompilerServices;
using Sitrep.Text;

namespace Sitrep.Entities.Ner;

/// <summary>
/// Tags the sentences of one document, left to right, with BILOU labels. It remembers the set of types
/// given to each capitalised word, so later mentions of "Kristoffersen" see that it was a person before
/// (the set, not the last type: a word tagged both person and location earlier is a feature of its own).
/// One instance per document and thread; the model it reads is shared.
/// </summary>
internal sealed class NerTagger : ISentenceTagger
{
    private readonly NerModel _model;
    private readonly NerFeatures _features = new();
    private readonly Dictionary<ulong, byte> _memory = [];
    private readonly ulong[] _buffer = new ulong[NerFeatures.Count];
    private readonly float[] _scores = new float[NerLabel.Count];

    /// <summary>Creates a tagger for one document.</summary>
    public NerTagger(NerModel model) => _model = model;

    /// <summary>Tags one sentence: <paramref name="labels"/>[i] receives the label of <paramref name="tokens"/>[i].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: skip tier-0 code
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, Span<byte> labels)
    {
        _features.Prepare(text, tokens);
        int previous = 0, previous2 = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var remembered = _features.IsCapitalized(i) ? _memory.GetValueOrDefault(_features.LowerHash(i)) : 0;
            _features.Extract(i, previous, previous2, remembered, _buffer);
            _model.Score(_buffer, _scores);
            var label = NerDecoder.Best(_scores, previous, i == tokens.Length - 1);
            labels[i] = (byte)label;
            (previous2, previous) = (previous, label);
        }

        Remember(_features, tokens.Length, labels, _memory);
    }

    /// <summary>Adds the type of every capitalised word tagged as an entity to its remembered set (one bit per type).</summary>
    public static void Remember(NerFeatures features, int length, ReadOnlySpan<byte> labels, Dictionary<ulong, byte> memory)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(memory);
        for (var i = 0; i < length; i++)
        {
            if (labels[i] != 0 && features.IsCapitalized(i))
            {
                var key = features.LowerHash(i);
                memory[key] = (byte)(memory.GetValueOrDefault(key) | (1 << ((int)NerLabel.TypeOf(labels[i]) - 1)));
            }
        }
    }
}
