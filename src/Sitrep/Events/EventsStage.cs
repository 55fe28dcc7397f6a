using System.Globalization;
using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Reporting;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>
/// The events stage: violent events (ACLED types, weapon, munitions, target type, casualties with
/// victims, place, date, actors), demonstrations and strategic developments, then PLOVER statements.
/// It uses entities, places, time and quotes when earlier stages produced them; without them those
/// fields stay empty. Runs last; immutable and thread-safe (all state lives in the document).
/// </summary>
public sealed class EventsStage : IPreloadingStage
{
    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public IReadOnlyList<AnnotationKey> Needs { get; } = [TextAnnotations.Tokens, TextAnnotations.Sentences];

    /// <inheritdoc />
    public IReadOnlyList<AnnotationKey> Produces { get; } = [ReportAnnotations.Events];

    /// <inheritdoc/>
    public void Preload()
    {
        GC.KeepAlive(EventLexicon.Instance);
        GC.KeepAlive(StatementLexicon.Instance);
    }

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = new Words(document);
        var graph = document.Has(EntityGraph.Key) ? document.Get(EntityGraph.Key) : null;
        var places = document.Has(PlaceSet.Key) ? document.Get(PlaceSet.Key) : null;
        var times = document.Has(TimeExpression.Key) ? document.Get(TimeExpression.Key) : [];
        var quotes = document.GetOrDefault(ReportAnnotations.Quotes, []);
        var actors = new ActorFinder(graph);

        var events = new List<EventRecord>();
        var drafts = new ViolenceReader(words, actors, places, times).Read(document.Sentences);
        new EventSides(words, graph, actors, new StatementArguments(words, graph, actors, places)).Complete(drafts, document.Sentences);
        string? IdOf(EventDraft? d) => d is null ? null : "V" + (drafts.IndexOf(d) + 1).ToString(CultureInfo.InvariantCulture);
        foreach (var draft in drafts)
        {
            events.Add(draft.ToRecord(events.Count + 1, IdOf(draft.PartOf)));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var statements = new StatementReader(words, graph, actors, quotes, places).Read(document.Sentences);
        foreach (var (plover, statement) in StatementDuplicates.Remove(statements, Headline.Find(document), events))
        {
            events.Add(ToRecord(events.Count + 1, plover, statement));
        }

        document.Set(ReportAnnotations.Events, events);
    }

    private static EventRecord ToRecord(int number, string plover, EventDraftStatement statement) => new()
    {
        Id = "V" + number.ToString(CultureInfo.InvariantCulture),
        Category = EventCategory.Statement,
        Plover = plover,
        Mode = statement.Mode,
        Actors = [.. statement.Actors],
        Targets = [.. statement.Targets],
        Quote = statement.Quote,
        Confidence = statement.Actors.Count > 0 ? 0.7 : 0.5,
        Evidence =
        [
            new Evidence("event", statement.Sentence.Start, statement.Sentence.End),
            new Evidence("plover", statement.Verb.Start, statement.Verb.End),
            .. statement.Evidence,
            .. statement.Quote is null ? Array.Empty<Evidence>() : [new Evidence("quote", statement.Sentence.Start, statement.Sentence.End)],
        ],
    };
}
