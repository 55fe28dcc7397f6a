using System.Collections.Frozen;
using Sitrep.Lexicons;
using Sitrep.Reporting;

namespace Sitrep.Events;

/// <summary>
/// A hospital named as where victims were taken or died ("taken to hospital", "died in hospital",
/// "is being treated at the district hospital") is where care happened, not what was struck, so it
/// gives the event no target.
/// </summary>
internal static class CareSetting
{
    private const int Modifiers = 4;
    private const int VerbReach = 3;

    private static readonly FrozenSet<string> CareWords =
        LexiconResource.ReadLines("events-care-words.txt").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(["to", "in", "at", "into"], StringComparer.Ordinal);

    public static bool Is(Words w, int start, Hit<TargetType> noun)
    {
        if (noun.Value != TargetType.HealthCare)
        {
            return false;
        }

        // Back over the care place's own name and article ("the Valuyki central district") to its preposition.
        var k = noun.First - 1;
        while (k >= start && noun.First - 1 - k < Modifiers && !Prepositions.Contains(w.Lower[k]))
        {
            k--;
        }

        if (k < start || !Prepositions.Contains(w.Lower[k]))
        {
            return false;
        }

        // "in hospital", "to hospital": the bare noun after a preposition is always the care idiom.
        if (k == noun.First - 1)
        {
            return true;
        }

        for (var v = k - 1; v >= Math.Max(start, k - VerbReach); v--)
        {
            if (CareWords.Contains(w.Lower[v]))
            {
                return true;
            }
        }

        return false;
    }
}
