namespace Sitrep.Quotes;

/// <summary>
/// The furthest content end among the first k attributions found, for every k: lets the overlap check of a
/// new attribution stop at the first prefix that ends before it, instead of testing every earlier one (which
/// made long texts quadratic). Follows <c>found</c> as the cue reader adds and removes attributions.
/// </summary>
internal sealed class ContentEnds
{
    private readonly List<Attribution> _found;
    private readonly List<int> _ends = [];

    public ContentEnds(List<Attribution> found)
    {
        _found = found;
        Recompute(0);
    }

    /// <summary>The furthest content end among <c>found[0..k]</c>.</summary>
    public int UpTo(int k) => _ends[k];

    public void Added() => _ends.Add(Math.Max(_ends.Count > 0 ? _ends[^1] : int.MinValue, _found[^1].Content.End));

    public void Removed(int k)
    {
        _ends.RemoveRange(k, _ends.Count - k);
        Recompute(k);
    }

    private void Recompute(int from)
    {
        for (var k = from; k < _found.Count; k++)
        {
            _ends.Add(Math.Max(k > 0 ? _ends[k - 1] : int.MinValue, _found[k].Content.End));
        }
    }
}
