namespace Sitrep.Places;

/// <summary>
/// The tokens already inside a found place name: "does [first, last] overlap a found name" is "is one of its
/// tokens taken", a look at a few tokens. The model's locations and the kind phrases asked it of every found
/// name before, quadratic in a long text.
/// </summary>
internal sealed class TakenTokens
{
    private readonly bool[] _taken;

    public TakenTokens(int tokens, List<(int First, int Last)> found)
    {
        _taken = new bool[tokens];
        foreach (var (first, last) in found)
        {
            Take(first, last);
        }
    }

    /// <summary>True when a token from <paramref name="first"/> to <paramref name="last"/> (inclusive) is taken.</summary>
    public bool Any(int first, int last)
    {
        for (var k = Math.Max(first, 0); k <= last && k < _taken.Length; k++)
        {
            if (_taken[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks tokens <paramref name="first"/> to <paramref name="last"/> (inclusive) taken.</summary>
    public void Take(int first, int last)
    {
        for (var k = Math.Max(first, 0); k <= last && k < _taken.Length; k++)
        {
            _taken[k] = true;
        }
    }
}
