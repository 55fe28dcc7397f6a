namespace Sitrep.Entities;

/// <summary>
/// A graph's entities by name and by the name's last word (both ignoring case), each list in creation order
/// and kept up to date when an entity's name changes, so "the first (or latest) entity called X that ..."
/// looks at the entities called X instead of all of them: the event and quote stages ask it for every
/// organisation phrase, unnamed attacker and named speaker, which was quadratic in a long text.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, List<Entity>> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Entity>> _byLastWord = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The last word of a name (after its last space), the surname for people.</summary>
    public static string LastWord(string name) => name.LastIndexOf(' ') is var space and >= 0 ? name[(space + 1)..] : name;

    public void Add(Entity entity)
    {
        ListOf(_byName, entity.Name).Add(entity);
        ListOf(_byLastWord, LastWord(entity.Name)).Add(entity);
    }

    public void Renamed(Entity entity, string old)
    {
        Move(_byName, entity, old, entity.Name);
        Move(_byLastWord, entity, LastWord(old), LastWord(entity.Name));
    }

    /// <summary>The earliest created entity named <paramref name="name"/> that <paramref name="match"/> accepts.</summary>
    public Entity? First(string name, Func<Entity, bool> match) =>
        _byName.TryGetValue(name, out var list) ? list.Find(e => match(e)) : null;

    /// <summary>The latest created entity whose name (or, with <paramref name="byLastWord"/>, whose name's last word) is <paramref name="key"/> and that <paramref name="match"/> accepts.</summary>
    public Entity? Latest(string key, bool byLastWord, Func<Entity, bool> match) =>
        (byLastWord ? _byLastWord : _byName).TryGetValue(key, out var list) ? list.FindLast(e => match(e)) : null;

    private static void Move(Dictionary<string, List<Entity>> index, Entity entity, string from, string to)
    {
        if (index.Comparer.Equals(from, to))
        {
            return;
        }

        if (index.TryGetValue(from, out var was))
        {
            was.Remove(entity);
        }

        var list = ListOf(index, to);
        var (low, high) = (0, list.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = list[middle].Ordinal < entity.Ordinal ? (middle + 1, high) : (low, middle);
        }

        list.Insert(low, entity);
    }

    private static List<Entity> ListOf(Dictionary<string, List<Entity>> index, string key)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        return list;
    }
}
