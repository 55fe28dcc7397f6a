namespace Sitrep.Quotes;

/// <summary>What follows a reporting cue, which decides where the reported content starts.</summary>
internal enum CueFrame : byte
{
    /// <summary>The reported clause follows ("said Russia is ready", "said that ...").</summary>
    Clause,
    /// <summary>An addressee may come first ("told reporters that ...").</summary>
    Object,
    /// <summary>The object and what follows are the content ("accused Europe of ...").</summary>
    Whole,
    /// <summary>The source follows the cue ("according to the ministry").</summary>
    SourceFirst,
}

/// <summary>One reporting cue form.</summary>
/// <param name="Lemma">Base form ("say").</param>
/// <param name="Frame">What follows the cue.</param>
internal readonly record struct CueEntry(string Lemma, CueFrame Frame);
