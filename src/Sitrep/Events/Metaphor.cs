using System.Collections.Frozen;
using Sitrep.Lexicons;

namespace Sitrep.Events;

/// <summary>
/// An attack word whose object is an idea, not a thing or a place ("an assault on the peace process",
/// "to rape the peace plan", "a war on the idea of peace"): diplomatic language, no event.
/// </summary>
internal static class Metaphor
{
    private const int Reach = 4;

    private static readonly FrozenSet<string> Abstract =
        LexiconResource.ReadLines("events-abstract-objects.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Joiners = FrozenSet.ToFrozenSet(
        ["on", "against", "upon", "the", "a", "an", "its", "their", "our", "this", "that", "any", "whole", "entire", "very", "of"], StringComparer.Ordinal);

    /// <summary>True when the trigger ending at token <paramref name="last"/> takes an abstract object.</summary>
    public static bool Follows(Words w, int last, int end)
    {
        for (var k = last + 1; k < Math.Min(end, last + 1 + Reach); k++)
        {
            var word = w.Lower[k];
            if (Abstract.Contains(word))
            {
                return true;
            }

            // Only joiners and plain lower-case modifiers may stand between ("the U.S.-backed peace plan" stops at the name).
            if (!Joiners.Contains(word) && (w.IsCapitalized(k) || w.Tokens[k].Kind != Text.TokenKind.Word))
            {
                return false;
            }
        }

        return false;
    }
}
