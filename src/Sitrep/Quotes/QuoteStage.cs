using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// Finds direct, mixed and indirect quotes with their cue, source span and resolved speaker, and
/// stores them as <see cref="ReportAnnotations.Quotes"/> (ids Q1.. in text order). Needs only the text
/// annotations; when the entities stage ran first its graph is used and extended, otherwise the stage
/// creates the graph with the speakers it resolves itself.
/// </summary>
public sealed class QuoteStage : IPreloadingStage
{
    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public IReadOnlyList<AnnotationKey> Needs { get; } =
        [TextAnnotations.Tokens, TextAnnotations.Sentences, TextAnnotations.Paragraphs];

    /// <inheritdoc />
    public IReadOnlyList<AnnotationKey> Produces { get; } = [ReportAnnotations.Quotes];

    /// <inheritdoc/>
    public void Preload() => GC.KeepAlive(QuoteLexicon.Shared);

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new QuoteText(document);
        var found = new List<Attribution>();
        TranscriptTurns.Read(text, found);
        HeadlineSpeakers.Read(text, found);
        if (LanguageDetector.IsCyrillic(document.Language))
        {
            CyrillicCueReader.Read(text, found);
        }
        else
        {
            CueReader.Read(text, found);
        }

        StandaloneQuotes.Read(text, found);
        found.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));

        var hadGraph = document.Has(EntityGraph.Key);
        var graph = hadGraph ? document.Get(EntityGraph.Key) : new EntityGraph();
        new SpeakerResolver(text, graph).Resolve(found);
        if (LanguageDetector.IsCyrillic(document.Language))
        {
            CyrillicCueReader.ResolvePronouns(found, graph);
        }

        if (!hadGraph && graph.Entities.Count > 0)
        {
            document.Set(EntityGraph.Key, graph);
        }

        var quotes = new List<QuoteRecord>(found.Count);
        foreach (var attribution in found)
        {
            quotes.Add(ToRecord(attribution, quotes.Count + 1));
        }

        document.Set(ReportAnnotations.Quotes, quotes);
    }

    private static QuoteRecord ToRecord(Attribution attribution, int number)
    {
        var confidence = attribution.Confidence;
        if (attribution.Speaker is null)
        {
            confidence *= 0.8;
        }
        else if (attribution.Form == SourceForm.Pronoun)
        {
            confidence *= 0.95;
        }

        return new QuoteRecord
        {
            Id = $"Q{number}",
            Kind = attribution.Kind,
            Content = attribution.Content,
            ContentParts = attribution.Parts.Count > 1 ? [.. attribution.Parts] : null,
            Cue = attribution.Cue,
            Source = attribution.Source,
            Speaker = attribution.Speaker,
            Confidence = Math.Round(Math.Clamp(confidence, 0, 1), 2),
        };
    }
}
