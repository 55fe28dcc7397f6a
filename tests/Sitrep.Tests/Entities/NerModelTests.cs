using Sitrep.Entities.Ner;
using Sitrep.Evaluation.Ner;

namespace Sitrep.Tests.Entities;

public sealed class NerModelTests
{
    private static byte[] EmbeddedBytes()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(NerModel.ResourceName)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    [Fact]
    public void The_embedded_model_loads_and_holds_weights()
    {
        var model = NerModel.Default;

        Assert.True(model.Rows > 10_000);
    }

    [Fact]
    public void Scores_are_the_one_label_at_a_time_sums_to_the_bit()
    {
        var model = NerModel.Default;
        const string text = "Foreign Minister Anna Berg of Norway told reporters in Oslo on Monday that the talks with Kyiv would go on.";
        var tokens = Sitrep.Text.Tokenizer.Tokenize(text).Select(t => t.Span).ToArray();
        var features = new NerFeatures();
        features.Prepare(text, tokens);
        var buffer = new ulong[NerFeatures.Count];
        float[] vector = new float[NerLabel.Count], reference = new float[NerLabel.Count];
        var random = new Random(18);
        var compared = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            for (var previous = 0; previous < NerLabel.Count; previous += 4)
            {
                features.Extract(i, previous, random.Next(NerLabel.Count), i % 3, buffer);
                model.Score(buffer, vector);
                model.ScoreOneLabelAtATime(buffer, reference);
                Assert.Equal(reference.Select(BitConverter.SingleToInt32Bits), vector.Select(BitConverter.SingleToInt32Bits));
                compared += reference.Any(score => score != 0) ? 1 : 0;
            }
        }

        Assert.True(compared > tokens.Length, "the features hit model rows");
    }

    [Fact]
    public void An_empty_file_is_refused_as_not_a_model()
    {
        var error = Assert.Throws<NerModelException>(() => NerModel.Load([], "empty.bin"));

        Assert.Contains("empty.bin", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a Sitrep model file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_another_header_is_refused()
    {
        var bytes = "PK\u0003\u0004 this is a zip file, not a model at all"u8.ToArray();

        var error = Assert.Throws<NerModelException>(() => NerModel.Load(bytes, "archive.zip"));

        Assert.Contains("not a Sitrep model file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flipped_byte_is_reported_as_corrupt()
    {
        var bytes = EmbeddedBytes();
        bytes[bytes.Length / 2] ^= 0x5A;

        var error = Assert.Throws<NerModelException>(() => NerModel.Load(bytes, "damaged.bin"));

        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_file_is_refused()
    {
        var bytes = EmbeddedBytes()[..5000];

        var error = Assert.Throws<NerModelException>(() => NerModel.Load(bytes, "cut.bin"));

        Assert.Contains("cut.bin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_a_person_a_location_and_a_group_in_a_news_sentence()
    {
        const string text = "Ukrainian officials said Andriy Kovalenko visited Kharkiv on Monday .";
        var words = text.Split(' ');
        var (joined, spans) = NerTrainer.Join(words);
        var labels = new byte[spans.Length];

        new NerTagger(NerModel.Default).Tag(joined, spans, labels);

        var found = new List<string>();
        NerDecoder.Spans(labels, (s, e, t) => found.Add($"{t}:{string.Join(' ', words[s..e])}"));
        Assert.Equal(["Group:Ukrainian", "Person:Andriy Kovalenko", "Location:Kharkiv"], found);
    }
}
