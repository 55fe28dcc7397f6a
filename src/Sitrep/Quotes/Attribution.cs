using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>A quote under construction: content pieces, cue, source and how sure the stage is.</summary>
internal sealed class Attribution
{
    /// <summary>Content pieces in text order (more than one when an attribution interrupts the quote).</summary>
    public List<TextSpan> Parts { get; } = [];

    public TextSpan? Cue { get; set; }

    public TextSpan? Source { get; set; }

    /// <summary>Token range of the source phrase (first, last), when there is one.</summary>
    public (int First, int Last)? SourceTokens { get; set; }

    public SourceForm Form { get; set; }

    /// <summary>Speaker entity id, once resolved (or carried from a neighbouring quote).</summary>
    public string? Speaker { get; set; }

    /// <summary>The attribution whose speaker a floating quote carries on, resolved after it.</summary>
    public Attribution? CarriedFrom { get; set; }

    /// <summary>True for a participial cue (", saying ...") that shares its sentence's speaker.</summary>
    public bool Participle { get; set; }

    /// <summary>For a Cyrillic pronoun or role nominal with no source tokens: the type of entity it refers back to.</summary>
    public EntityType? Anaphor { get; set; }

    public QuoteKind Kind { get; set; }

    public double Confidence { get; set; }

    /// <summary>True when the content precedes its attribution (<c>"...," he said</c>), so a following quote may continue it.</summary>
    public bool Trailing { get; set; }

    /// <summary>Offset just past the attribution words (cue and source), for continuation checks.</summary>
    public int AttributionEnd { get; set; }

    /// <summary>Names <paramref name="source"/>, a phrase of <paramref name="t"/>, as this quote's source.</summary>
    public void SetSource(QuoteText t, SpeakerPhrase source)
    {
        Source = t.Span(source.First, source.Last);
        SourceTokens = (source.First, source.Last);
        Form = source.Form;
    }

    /// <summary>Takes <paramref name="main"/>'s source: a cue of the same subject (", saying ...", "and warned ...").</summary>
    public void ShareSource(Attribution main) =>
        (Source, SourceTokens, Form) = (main.Source, main.SourceTokens, main.Form);

    public TextSpan Content => Parts.Count == 0 ? default : new TextSpan(Parts[0].Start, Parts[^1].End);

    /// <summary>Where speaker resolution reads this quote: its source, else its cue, else its content.</summary>
    public int Anchor => Source?.Start ?? Cue?.Start ?? Content.Start;
}
