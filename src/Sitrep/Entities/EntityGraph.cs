using Sitrep.Pipeline;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// The entities of one document: created by the entities stage, looked up and extended by later
/// stages (a quote's speaker, an event's actor). Not thread-safe: it belongs to one analysis.
/// </summary>
public sealed class EntityGraph
{
    /// <summary>The annotation key the entities stage produces.</summary>
    public static readonly AnnotationKey<EntityGraph> Key = new("entities");

    private readonly List<Entity> _entities = [];
    private readonly List<(int FirstToken, int EndToken)> _locationNames = [];
    private readonly MentionIndex _mentions = new();
    private readonly NameIndex _names = new();

    // Ids are unique and fixed at creation, so a dictionary finds what a scan in creation order finds; the
    // events stage asks for an event's actors by id, and scanning thousands of entities made long texts slow.
    private readonly Dictionary<string, Entity> _byId = new(StringComparer.Ordinal);

    /// <summary>All entities in creation order.</summary>
    public IReadOnlyList<Entity> Entities => _entities;

    /// <summary>
    /// Token ranges (first, end exclusive) the NER model tagged as locations: the places stage reads them as
    /// place names the gazetteer may not hold ("Vuhledar", "Lake Chad").
    /// </summary>
    public IReadOnlyList<(int FirstToken, int EndToken)> LocationNames => _locationNames;

    /// <summary>Records tokens <paramref name="first"/> to <paramref name="end"/> (exclusive) as a name the model tagged a location.</summary>
    internal void AddLocationName(int first, int end) => _locationNames.Add((first, end));

    /// <summary>Creates an entity with a fresh id and its first mention.</summary>
    public Entity Add(EntityType type, string name, TextSpan mention, MentionKind kind)
    {
        var entity = New(type, name);
        entity.AddMention(mention, kind);
        return entity;
    }

    /// <summary>Creates an entity with a fresh id and no mention yet; the caller adds its mentions.</summary>
    public Entity Add(EntityType type, string name) => New(type, name);

    private Entity New(EntityType type, string name)
    {
        var entity = new Entity($"E{_entities.Count + 1}", type, name, _mentions, _entities.Count, _names);
        _entities.Add(entity);
        _byId.Add(entity.Id, entity);
        _names.Add(entity);
        return entity;
    }

    /// <summary>The entity with a mention that overlaps <paramref name="span"/> most, if any.</summary>
    public Entity? At(TextSpan span) => _mentions.Best(span) is var best and >= 0 ? _entities[best] : null;

    /// <summary>The earliest created entity named <paramref name="name"/> (ignoring case) that <paramref name="match"/> accepts.</summary>
    public Entity? FirstNamed(string name, Func<Entity, bool> match) => _names.First(name, match);

    /// <summary>The latest created entity named <paramref name="name"/> (ignoring case) that <paramref name="match"/> accepts.</summary>
    public Entity? LatestNamed(string name, Func<Entity, bool> match) => _names.Latest(name, byLastWord: false, match);

    /// <summary>The latest created entity whose name's last word is <paramref name="word"/> (ignoring case) that <paramref name="match"/> accepts.</summary>
    public Entity? LatestWithLastWord(string word, Func<Entity, bool> match) => _names.Latest(word, byLastWord: true, match);

    /// <summary>The entity with id <paramref name="id"/>, if any.</summary>
    public Entity? this[string id] => _byId.GetValueOrDefault(id);

    /// <summary>The entities as report records, in creation order (ids stay as assigned).</summary>
    public List<EntityRecord> ToRecords(string language = Text.LanguageDetector.English) => [.. _entities.Select(e => e.ToRecord(language))];
}
