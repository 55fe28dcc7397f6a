namespace Sitrep.Quotes;

/// <summary>A speaker phrase found next to a cue: its tokens (both ends included) and its form.</summary>
/// <param name="First">First token.</param>
/// <param name="Last">Last token (the head).</param>
/// <param name="Form">Name, pronoun, nominal or institution.</param>
internal readonly record struct SpeakerPhrase(int First, int Last, SourceForm Form);
