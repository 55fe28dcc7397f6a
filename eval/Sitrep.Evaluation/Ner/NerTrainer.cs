using Sitrep.Entities.Ner;
using Sitrep.Text;

namespace Sitrep.Evaluation.Ner;

/// <summary>Settings of one training run; the defaults are the shipped model's.</summary>
/// <param name="Epochs">Passes over the data.</param>
/// <param name="BucketBits">Log2 of the number of hashed feature buckets.</param>
/// <param name="Seed">Seed of the document shuffle.</param>
internal sealed record NerTrainingOptions(int Epochs = 8, int BucketBits = 18, ulong Seed = 20261126);

/// <summary>
/// Trains the greedy averaged perceptron: single thread, documents shuffled each epoch by a seeded
/// SplitMix64, features from <see cref="NerFeatures"/> exactly as the tagger computes them. The label
/// history is the gold one (so one early mistake does not drag a whole span of forced updates); the
/// document memory holds the model's own predictions, as at tagging time. Same data and options give
/// byte-identical model files.
/// </summary>
internal static class NerTrainer
{
    /// <summary>Trains on <paramref name="documents"/> and returns the model file's bytes.</summary>
    public static byte[] Train(IReadOnlyList<NerDocument> documents, NerTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        const int labels = NerLabel.Count;
        var mask = (1UL << options.BucketBits) - 1;
        var weights = new float[(1 << options.BucketBits) * labels];
        var totals = new double[weights.Length];
        long step = 1;
        var order = Enumerable.Range(0, documents.Count).ToArray();
        var random = options.Seed;
        var features = new NerFeatures();
        var buffer = new ulong[NerFeatures.Count];
        var scores = new float[labels];
        var memory = new Dictionary<ulong, byte>();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            for (var i = order.Length - 1; i > 0; i--)
            {
                random = StableHash.Mix(random);
                var j = (int)(random % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }

            long tokens = 0, errors = 0;
            foreach (var index in order)
            {
                memory.Clear();
                foreach (var sentence in documents[index].Sentences)
                {
                    var (text, spans) = Join(sentence.Words);
                    var gold = sentence.Labels();
                    var predicted = new byte[gold.Length];
                    features.Prepare(text, spans);
                    int previous = 0, previous2 = 0;
                    for (var t = 0; t < gold.Length; t++, step++)
                    {
                        var remembered = features.IsCapitalized(t) ? memory.GetValueOrDefault(features.LowerHash(t)) : 0;
                        features.Extract(t, previous, previous2, remembered, buffer);
                        scores.AsSpan().Clear();
                        foreach (var feature in buffer)
                        {
                            var row = (int)(feature & mask) * labels;
                            for (var l = 0; l < labels; l++)
                            {
                                scores[l] += weights[row + l];
                            }
                        }

                        var guess = NerDecoder.Best(scores, previous, t == gold.Length - 1);
                        if (guess != gold[t])
                        {
                            errors++;
                            foreach (var feature in buffer)
                            {
                                var row = (int)(feature & mask) * labels;
                                weights[row + gold[t]] += 1;
                                totals[row + gold[t]] += step;
                                weights[row + guess] -= 1;
                                totals[row + guess] -= step;
                            }
                        }

                        predicted[t] = (byte)guess;
                        (previous2, previous) = (previous, gold[t]);
                    }

                    tokens += gold.Length;
                    NerTagger.Remember(features, gold.Length, predicted, memory);
                }
            }

            log?.Invoke($"epoch {epoch + 1}/{options.Epochs}: {tokens} tokens, {100.0 * errors / Math.Max(1, tokens):0.00}% wrong");
        }

        var averaged = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            averaged[i] = (float)(weights[i] - (totals[i] / step));
        }

        using var output = new MemoryStream();
        NerModelFormat.Write(output, options.BucketBits, averaged);
        return output.ToArray();
    }

    /// <summary>The words joined by single spaces, and each word's span in that text.</summary>
    public static (string Text, TextSpan[] Spans) Join(string[] words)
    {
        var spans = new TextSpan[words.Length];
        var offset = 0;
        for (var i = 0; i < words.Length; i++)
        {
            spans[i] = TextSpan.FromLength(offset, words[i].Length);
            offset += words[i].Length + 1;
        }

        return (string.Join(' ', words), spans);
    }
}
