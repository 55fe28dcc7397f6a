namespace Sitrep.Quotes;

/// <summary>Classes of the words the quote stage reads speaker phrases with (a word may have several).</summary>
[Flags]
internal enum WordClass
{
    /// <summary>Not in the lexicon.</summary>
    None = 0,
    /// <summary>Refers back to a speaker ("he").</summary>
    Pronoun = 1,
    /// <summary>Role or title noun ("chief").</summary>
    Role = 2,
    /// <summary>Word inside a speaker phrase before its head ("senior").</summary>
    Modifier = 4,
    /// <summary>Plural or anonymous head ("officials").</summary>
    Group = 8,
    /// <summary>Institutional head ("Kremlin", "ministry").</summary>
    Institution = 16,
    /// <summary>Opens a speaker phrase ("the", "his").</summary>
    Determiner = 32,
    /// <summary>A channel, never a speaker ("Telegram").</summary>
    Platform = 64,
    /// <summary>Capitalised function word that never starts a name ("But").</summary>
    Stop = 128,
    /// <summary>Country or capital used for its government ("Russia", "Moscow").</summary>
    Country = 256,
    /// <summary>Auxiliary or adverb between a speaker and the cue ("has", "also").</summary>
    Skip = 512,
    /// <summary>A form of "be": a cue after it is passive ("is said to").</summary>
    Be = 1024,
    /// <summary>Negation: the cue reports no statement ("did not say").</summary>
    Negation = 2048,
    /// <summary>Opens an adverbial between a cue and its clause ("said on Tuesday that").</summary>
    Adverbial = 4096,
    /// <summary>Opens an embedded question ("whether", "why").</summary>
    Question = 8192,
    /// <summary>A data source that heads a source phrase but is no actor ("statistics", "poll").</summary>
    Record = 16384,
    /// <summary>Any word that can head a speaker phrase.</summary>
    Head = Pronoun | Role | Group | Institution | Country,
}
