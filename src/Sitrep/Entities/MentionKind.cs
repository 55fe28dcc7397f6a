namespace Sitrep.Entities;

/// <summary>How a mention refers to its entity.</summary>
public enum MentionKind
{
    /// <summary>A proper name or part of one ("Sergey Lavrov", "Lavrov").</summary>
    Name,
    /// <summary>A pronoun ("he", "she", "they").</summary>
    Pronoun,
    /// <summary>A role or description ("the minister", "Norway's military chief").</summary>
    Nominal,
    /// <summary>A demonym or collective ("Russian", "the Russians").</summary>
    Demonym,
    /// <summary>A place name used for its government ("Moscow said").</summary>
    Metonym,
}

/// <summary>One mention of an entity in the text.</summary>
/// <param name="Span">Where the mention is.</param>
/// <param name="Kind">How it refers.</param>
public readonly record struct EntityMention(Text.TextSpan Span, MentionKind Kind);
