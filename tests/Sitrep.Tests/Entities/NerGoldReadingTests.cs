using Sitrep.Entities.Ner;
using Sitrep.Evaluation.Ner;

namespace Sitrep.Tests.Entities;

public sealed class NerGoldReadingTests
{
    // CoNLL-U rows: id, word, xpos, head, entity brackets (our own sentences, GUM's bracket format).
    private static string Conllu(params (string Word, string Xpos, int Head, string Entity)[] rows)
    {
        var lines = new List<string> { "# newdoc id = test_doc", "# text = test" };
        for (var i = 0; i < rows.Length; i++)
        {
            var (word, xpos, head, entity) = rows[i];
            var upos = xpos.StartsWith("NNP", StringComparison.Ordinal) ? "PROPN" : "X";
            var misc = entity.Length == 0 ? "_" : "Entity=" + entity;
            lines.Add($"{i + 1}\t{word}\t{word}\t{upos}\t{xpos}\t_\t{head}\tdep\t_\t{misc}");
        }

        return string.Join('\n', lines) + "\n\n";
    }

    private static List<string> Named(string conllu)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gum-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(path, conllu);
        try
        {
            var sentence = GumReader.Read(path).Single().Sentences.Single();
            return [.. sentence.Spans.Select(s => $"{s.Type}:{string.Join(' ', sentence.Words[s.Start..s.End])}")];
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_gum_mention_is_cut_to_the_proper_nouns_around_its_head()
    {
        var named = Named(Conllu(
            ("the", "DT", 4, "(1-person-new-ssss-cf1-1-sgl-Anna_Berg"),
            ("young", "JJ", 4, ""),
            ("Anna", "NNP", 4, ""),
            ("Berg", "NNP", 5, "1)"),
            ("spoke", "VBD", 0, "")));

        Assert.Equal(["Person:Anna Berg"], named);
    }

    [Fact]
    public void A_mention_whose_head_is_a_common_noun_is_not_a_name()
    {
        var named = Named(Conllu(
            ("Nordic", "NNP", 3, "(1-organization-new-ssss-cf1-1-sgl"),
            ("shipping", "NN", 3, ""),
            ("firms", "NNS", 4, "1)"),
            ("grew", "VBD", 0, "")));

        Assert.Empty(named);
    }

    [Fact]
    public void Nested_mentions_of_one_entity_close_innermost_first()
    {
        // "Karl Lund, called Chief Lund, left": entity 1 holds a second mention of itself.
        var named = Named(Conllu(
            ("Karl", "NNP", 2, "(1-person-new-ssss-cf1-1-sgl"),
            ("Lund", "NNP", 7, ""),
            (",", ",", 2, ""),
            ("called", "VBN", 2, ""),
            ("Chief", "NNP", 6, "(1-person-giv-ssss-cf1-1-coref"),
            ("Lund", "NNP", 4, "1)1)"),
            ("left", "VBD", 0, "")));

        Assert.Equal(["Person:Karl Lund", "Person:Lund"], named);
    }

    [Fact]
    public void A_possessive_joins_a_place_name_only_when_nothing_ends_before_it()
    {
        var named = Named(Conllu(
            ("Mary", "NNP", 3, "(1-organization-new-ssss-cf1-1-sgl"),
            ("'s", "POS", 1, ""),
            ("College", "NNP", 4, "1)"),
            ("opened", "VBD", 0, "")));

        Assert.Equal(["Organization:Mary 's College"], named);
    }

    [Fact]
    public void Silver_spans_lose_lower_case_modifiers_and_stray_punctuation()
    {
        string[] words = ["Shelling", "hit", "southern", "Karvia", "and", "'s", "Port", "Authority", "\"", "."];
        var sentence = NerHarmonizer.Sentence(words, [new NerSpan(2, 4, NerType.Location), new NerSpan(5, 9, NerType.Organization)], addDemonyms: false);

        Assert.Equal([new NerSpan(3, 4, NerType.Location), new NerSpan(6, 8, NerType.Organization)], sentence.Spans);
    }

    [Fact]
    public void A_lone_demonym_becomes_a_group_in_corpora_without_one()
    {
        string[] words = ["Norwegians", "voted", "."];
        var sentence = NerHarmonizer.Sentence(words, [new NerSpan(0, 1, NerType.Person)], addDemonyms: true);

        Assert.Equal([new NerSpan(0, 1, NerType.Group)], sentence.Spans);
    }

    [Fact]
    public void A_title_with_no_name_after_it_is_dropped()
    {
        string[] words = ["Emperor", "of", "the", "Isles"];
        var sentence = NerHarmonizer.Sentence(words, [new NerSpan(0, 4, NerType.Person), new NerSpan(3, 4, NerType.Location)], addDemonyms: false);

        Assert.Equal([new NerSpan(3, 4, NerType.Location)], sentence.Spans);
    }

    [Fact]
    public void A_span_that_is_exactly_a_country_or_capital_is_a_location_whatever_the_corpus_called_it()
    {
        string[] words = ["Oslo", "says", "Norway", "will", "host", "the", "Norway", "Cup", "."];
        var sentence = NerHarmonizer.Sentence(
            words, [new NerSpan(0, 1, NerType.Organization), new NerSpan(2, 3, NerType.Person), new NerSpan(6, 8, NerType.Organization)], addDemonyms: false);

        Assert.Equal(
            [new NerSpan(0, 1, NerType.Location), new NerSpan(2, 3, NerType.Location), new NerSpan(6, 8, NerType.Organization)], sentence.Spans);
    }

    [Fact]
    public void Uner_documents_follow_the_newdoc_marks()
    {
        var path = Path.Combine(Path.GetTempPath(), $"uner-{Guid.NewGuid():N}.iob2");
        File.WriteAllText(path, string.Join('\n',
            "# newdoc id = review-1", "# sent_id = review-1-0001", "# text = Karvia Bank lends .",
            "1\tKarvia\tB-ORG\t-\tA", "2\tBank\tI-ORG\t-\tA", "3\tlends\tO\t-\tA", "4\t.\tO\t-\tA", "",
            "# sent_id = review-1-0002", "# text = It helps .", "1\tIt\tO\t-\tA", "2\thelps\tO\t-\tA", "3\t.\tO\t-\tA", "",
            "# newdoc id = post-2", "# sent_id = post-2-0001", "# text = Ola Berg wrote .",
            "1\tOla\tB-PER\t-\tA", "2\tBerg\tI-PER\t-\tA", "3\twrote\tO\t-\tA", "4\t.\tO\t-\tA", "", ""));
        try
        {
            var documents = NerReaders.Uner(path);

            Assert.Equal([2, 1], documents.Select(d => d.Sentences.Count));
            Assert.Equal([new NerSpan(0, 2, NerType.Organization)], documents[0].Sentences[0].Spans);
            Assert.Equal([new NerSpan(0, 2, NerType.Person)], documents[1].Sentences[0].Spans);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
