using System.Globalization;
using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep;

/// <summary>
/// The engine's front door: text in, <see cref="Report"/> out. Thread-safe; one instance can serve
/// a whole process.
/// </summary>
public sealed class Analyzer
{
    private static readonly Lazy<Analyzer> DefaultInstance = new(() => new Analyzer(CreateDefaultBuilder().Build()));

    private static readonly EntityGraph EmptyEntities = new();
    private static readonly PlaceSet EmptyPlaces = new();

    /// <summary>Creates an analyzer over a built pipeline.</summary>
    public Analyzer(SitrepPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        Pipeline = pipeline;
    }

    /// <summary>The analyzer with every stage the engine ships.</summary>
    public static Analyzer Default => DefaultInstance.Value;

    /// <summary>The pipeline this analyzer runs.</summary>
    public SitrepPipeline Pipeline { get; }

    /// <summary>A builder holding every stage the engine ships, in order, for callers to adjust.</summary>
    public static PipelineBuilder CreateDefaultBuilder() => new PipelineBuilder()
        .Add(new TextStage())
        .Add(new EntitiesStage())
        .Add(new PlaceStage())
        .Add(new Time.TimeStage())
        .Add(new Quotes.QuoteStage())
        .Add(new Events.EventsStage());

    /// <summary>Runs the pipeline over <paramref name="text"/> and returns the annotated document.</summary>
    public Document Annotate(string text, DocumentInfo? info = null, CancellationToken cancellationToken = default) =>
        Pipeline.Process(new Document(text, info), cancellationToken);

    /// <summary>Analyzes <paramref name="text"/> and returns its report.</summary>
    public Report Analyze(string text, DocumentInfo? info = null, CancellationToken cancellationToken = default) =>
        ToReport(Annotate(text, info, cancellationToken));

    /// <summary>
    /// Assembles the report from whatever the pipeline produced. The title is the one given, else
    /// the document's headline when it opens with one.
    /// </summary>
    public static Report ToReport(Document document, bool includeText = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        var info = document.Info;
        return new Report
        {
            Document = new DocumentBlock
            {
                Id = DocumentId.Of(document.Text),
                Source = info.Source,
                Title = info.Title ?? (Headline.Find(document) is { } headline ? headline.Of(document.Text) : null),
                Published = info.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Length = document.Text.Length,
                Language = document.Language,
                Text = includeText ? document.Text : null,
            },
            Entities = document.GetOrDefault(EntityGraph.Key, EmptyEntities).ToRecords(document.Language),
            Places = document.GetOrDefault(PlaceSet.Key, EmptyPlaces).ToRecords(),
            Quotes = document.GetOrDefault(ReportAnnotations.Quotes, []),
            Events = document.GetOrDefault(ReportAnnotations.Events, []),
        };
    }
}
