using Sitrep.Entities.Ner;
using Sitrep.Evaluation.Ner;

namespace Sitrep.Tests.Entities;

public sealed class NerTrainingTests
{
    // A tiny training set written for this test: (words, spans as start-end-type).
    private static List<NerDocument> Fixture()
    {
        NerSentence S(string text, params (int Start, int End, NerType Type)[] spans) =>
            new(text.Split(' '), [.. spans.Select(s => new NerSpan(s.Start, s.End, s.Type))]);

        return
        [
            new NerDocument("a",
            [
                S("Mayor Ivan Hrytsenko said Odesa was calm .", (1, 3, NerType.Person), (4, 5, NerType.Location)),
                S("Hrytsenko thanked the Red Cross .", (0, 1, NerType.Person), (3, 5, NerType.Organization)),
            ]),
            new NerDocument("b",
            [
                S("Polish troops arrived in Lviv on Friday .", (0, 1, NerType.Group), (4, 5, NerType.Location)),
                S("Anna Nowak of the Red Cross spoke to reporters .", (0, 2, NerType.Person), (4, 6, NerType.Organization)),
            ]),
        ];
    }

    [Fact]
    public void Training_twice_on_the_same_data_gives_identical_bytes()
    {
        var options = new NerTrainingOptions(Epochs: 3, BucketBits: 12);

        var first = NerTrainer.Train(Fixture(), options);
        var second = NerTrainer.Train(Fixture(), options);

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_model_trained_with_another_seed_loads_with_its_settings()
    {
        var bytes = NerTrainer.Train(Fixture(), new NerTrainingOptions(Epochs: 3, BucketBits: 12, Seed: 7));

        var model = NerModel.Load(bytes, "fixture");

        Assert.Equal(12, model.BucketBits);
        Assert.True(model.Rows > 0);
    }

    [Fact]
    public void A_model_trained_on_the_fixture_tags_the_fixture()
    {
        var model = NerModel.Load(NerTrainer.Train(Fixture(), new NerTrainingOptions(Epochs: 10, BucketBits: 14)), "fixture");
        var sentence = Fixture()[0].Sentences[1];
        var (text, spans) = NerTrainer.Join(sentence.Words);
        var labels = new byte[spans.Length];

        new NerTagger(model).Tag(text, spans, labels);

        Assert.Equal(sentence.Labels(), labels);
    }

    [Fact]
    public void The_document_memory_keeps_every_type_a_word_was_tagged()
    {
        var (text, spans) = NerTrainer.Join(["Harrow", "beat", "Harrow", "."]);
        var features = new NerFeatures();
        features.Prepare(text, spans);
        var memory = new Dictionary<ulong, byte>();

        NerTagger.Remember(features, 4, [NerLabel.Of(NerType.Organization, NerLabel.Unit), 0, NerLabel.Of(NerType.Location, NerLabel.Unit), 0], memory);

        Assert.Equal((1 << ((int)NerType.Organization - 1)) | (1 << ((int)NerType.Location - 1)), memory[features.LowerHash(0)]);
    }

    [Fact]
    public void Bilou_constraints_never_leave_a_span_open()
    {
        for (var previous = 0; previous < NerLabel.Count; previous++)
        {
            for (var next = 0; next < NerLabel.Count; next++)
            {
                if (NerLabel.Allowed(previous, next, last: true))
                {
                    Assert.False(NerLabel.IsOpen(next));
                }
            }
        }
    }
}
