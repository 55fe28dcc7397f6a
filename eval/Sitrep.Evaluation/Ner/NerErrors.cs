using System.Globalization;

namespace Sitrep.Evaluation.Ner;

/// <summary>
/// Sorts the exact-span errors of one set: a wrong type on the right words, right type on overlapping
/// words (boundary), both wrong, a gold span nothing overlaps (missed) and a predicted span no gold
/// span overlaps (spurious). Read with the P/R/F1: it says where the misses come from.
/// </summary>
internal sealed class NerErrors
{
    private int _type, _boundary, _both, _missed, _spurious;

    /// <summary>Counts the errors of one sentence.</summary>
    public void Add(IReadOnlyList<NerSpan> gold, IReadOnlyList<NerSpan> predicted)
    {
        foreach (var p in predicted)
        {
            if (gold.Contains(p))
            {
                continue;
            }

            var overlapping = gold.Where(g => g.Start < p.End && p.Start < g.End).ToList();
            if (overlapping.Count == 0)
            {
                _spurious++;
            }
            else if (overlapping.Exists(g => g.Start == p.Start && g.End == p.End))
            {
                _type++;
            }
            else if (overlapping.Exists(g => g.Type == p.Type))
            {
                _boundary++;
            }
            else
            {
                _both++;
            }
        }

        _missed += gold.Count(g => !predicted.Any(p => g.Start < p.End && p.Start < g.End));
    }

    /// <summary>The number of predicted spans that are wrong plus the gold spans nothing overlaps.</summary>
    public int Total => _type + _boundary + _both + _missed + _spurious;

    /// <summary>The counts for people.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"type {_type}, boundary {_boundary}, boundary+type {_both}, missed {_missed}, spurious {_spurious}");
}
