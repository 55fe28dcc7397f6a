using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Tests.Quotes;

public sealed class QuoteStageTests
{
    private static readonly SitrepPipeline TextOnly = new PipelineBuilder().Add(new TextStage()).Build();

    [Fact]
    public void Needs_only_the_text_annotations_and_produces_only_quotes()
    {
        var stage = new QuoteStage();

        Assert.Equal([TextAnnotations.Tokens, TextAnnotations.Sentences, TextAnnotations.Paragraphs], stage.Needs);
        Assert.Equal([ReportAnnotations.Quotes], stage.Produces);
    }

    [Fact]
    public void Resolves_the_speaker_to_an_entity_the_graph_already_holds()
    {
        const string text = "Foreign Minister Eva Lund said the embassy would reopen.";
        var document = TextOnly.Process(new Document(text));
        var graph = new EntityGraph();
        var start = text.IndexOf("Eva", StringComparison.Ordinal);
        var lund = graph.Add(EntityType.Person, "Eva Lund", new TextSpan(start, start + "Eva Lund".Length), MentionKind.Name);
        document.Set(EntityGraph.Key, graph);

        new QuoteStage().Process(document, CancellationToken.None);

        var quote = Assert.Single(document.Get(ReportAnnotations.Quotes));
        Assert.Equal(lund.Id, quote.Speaker);
        Assert.Single(graph.Entities);
    }

    [Fact]
    public void Creates_the_entity_graph_when_no_entities_stage_ran()
    {
        var document = TextOnly.Process(new Document("Gen. Ola Strand said the exercise would begin on Monday."));

        new QuoteStage().Process(document, CancellationToken.None);

        var graph = document.Get(EntityGraph.Key);
        var speaker = graph[document.Get(ReportAnnotations.Quotes)[0].Speaker!];
        Assert.Equal("Ola Strand", speaker?.Name);
        Assert.Equal(EntityType.Person, speaker?.Type);
    }

    [Fact]
    public void Resolves_he_said_to_the_last_named_speaker()
    {
        var lines = QuoteSpecs.Describe("Tariq Mansour said the shelling had stopped. \"We are counting the damage,\" he said.");

        Assert.Equal("direct | \"We are counting the damage,\" | said | he | Tariq Mansour", lines[1]);
    }

    [Fact]
    public void An_unclosed_quotation_mark_does_not_swallow_the_rest_of_the_document()
    {
        const string text = "Officials said \"the evacuation is complete\nThe army said two towns were retaken.\n\nRescuers said the fire was out.";
        var quotes = Analyzer.Default.Analyze(text).Quotes;
        var firstBreak = text.IndexOf('\n', StringComparison.Ordinal);

        Assert.All(quotes, q => Assert.True(q.Content.End <= firstBreak || q.Content.Start > firstBreak, $"{q.Content} crosses a paragraph"));
        Assert.Contains(quotes, q => q.Content.Of(text) == "two towns were retaken");
        Assert.Contains(quotes, q => q.Content.Of(text) == "the fire was out");
    }

    [Theory]
    [InlineData("The road to the port is closed, the governor said")]
    [InlineData("The road to the port is closed, according to")]
    [InlineData("The road to the port is closed, he said on")]
    public void A_text_that_ends_on_its_cue_is_read_without_error(string text)
    {
        var quotes = Analyzer.Default.Analyze(text).Quotes;

        Assert.All(quotes, q => Assert.True(q.Content.End <= text.Length));
    }

    [Fact]
    public void Quote_ids_follow_text_order_and_confidence_is_a_probability()
    {
        const string text = "\"The port is open,\" said Nora Falk. Falk said ships would arrive on Friday. The navy said mines were cleared.";
        var quotes = Analyzer.Default.Analyze(text).Quotes;

        Assert.Equal(["Q1", "Q2", "Q3"], quotes.Select(q => q.Id));
        Assert.True(quotes.Zip(quotes.Skip(1)).All(p => p.First.Content.Start < p.Second.Content.Start));
        Assert.All(quotes, q => Assert.InRange(q.Confidence, 0.0, 1.0));
    }

    [Fact]
    public void An_interrupted_quote_reports_its_hull_and_its_parts()
    {
        const string text = "\"Help is coming,\" Rita Vos said, \"but the roads are mined.\"";
        var quote = Assert.Single(Analyzer.Default.Analyze(text).Quotes);

        Assert.Equal(new TextSpan(0, text.Length), quote.Content);
        Assert.Equal(["\"Help is coming,\"", "\"but the roads are mined.\""], quote.ContentParts!.Select(p => p.Of(text)));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }
}
