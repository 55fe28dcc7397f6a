namespace Sitrep.Corpus.Incidents;

/// <summary>Union-find with path halving; the representative is always the smallest index, so it is order-independent.</summary>
internal sealed class DisjointSets
{
    private readonly int[] parent;

    public DisjointSets(int count) => parent = Enumerable.Range(0, count).ToArray();

    public int Find(int item)
    {
        while (parent[item] != item)
        {
            parent[item] = parent[parent[item]];
            item = parent[item];
        }

        return item;
    }

    public void Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
