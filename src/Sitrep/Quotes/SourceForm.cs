namespace Sitrep.Quotes;

/// <summary>How a source span names its speaker; decides how the speaker is resolved.</summary>
internal enum SourceForm : byte
{
    /// <summary>No source in the text.</summary>
    None,
    /// <summary>A proper name, possibly with titles ("Gen. Eirik Kristoffersen").</summary>
    Name,
    /// <summary>A pronoun ("he").</summary>
    Pronoun,
    /// <summary>A role or description ("Norway's military chief", "a senior official").</summary>
    Nominal,
    /// <summary>An institution ("the Kremlin", "Ukraine's Air Force").</summary>
    Institution,
}
