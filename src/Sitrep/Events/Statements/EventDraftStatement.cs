using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>A statement being built: its sentence, predicate, mode, actors, targets, quote and evidence.</summary>
internal sealed class EventDraftStatement(TextSpan sentence, TextSpan verb)
{
    public TextSpan Sentence { get; } = sentence;

    /// <summary>The predicate ("accused", "called on", "will release").</summary>
    public TextSpan Verb { get; } = verb;

    /// <summary>The PLOVER mode, where the text gives it.</summary>
    public string? Mode { get; set; }

    public List<string> Actors { get; } = [];

    /// <summary>The actors' countries, so a headline's "Ukraine's minister" can be the body's Ukrainian minister.</summary>
    public List<string> ActorCountries { get; } = [];

    public List<string> Targets { get; } = [];

    public List<Evidence> Evidence { get; } = [];

    public string? Quote { get; set; }
}
