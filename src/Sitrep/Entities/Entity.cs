using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// One entity of a document and its mentions, built up by the stages of one analysis. Its
/// <see cref="Id"/> is fixed when it is created, so other records may refer to it at once.
/// </summary>
public sealed class Entity
{
    private readonly List<EntityMention> _mentions = [];
    private readonly MentionIndex? _index;
    private readonly int _ordinal;
    private int _longest;

    private readonly NameIndex? _names;
    private string _name;

    internal Entity(string id, EntityType type, string name, MentionIndex? index = null, int ordinal = 0, NameIndex? names = null)
    {
        (_index, _ordinal, _names) = (index, ordinal, names);
        Id = id;
        Type = type;
        _name = name;
    }

    /// <summary>The creation number in its graph (0-based).</summary>
    internal int Ordinal => _ordinal;

    /// <summary>Report id such as <c>E1</c>.</summary>
    public string Id { get; }

    /// <summary>Person, organization, country or group.</summary>
    public EntityType Type { get; set; }

    /// <summary>The fullest name found.</summary>
    public string Name
    {
        get => _name;
        set
        {
            var old = _name;
            _name = value;
            if (!string.Equals(old, value, StringComparison.Ordinal))
            {
                _names?.Renamed(this, old);
            }
        }
    }

    /// <summary>Role or title, not part of the name.</summary>
    public string? Role { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country.</summary>
    public string? Affiliation { get; set; }

    /// <summary>Mentions in text order.</summary>
    public IReadOnlyList<EntityMention> Mentions => _mentions;

    /// <summary>The first mention's start (entities are reported in this order).</summary>
    public int FirstOffset => _mentions.Count > 0 ? _mentions[0].Span.Start : int.MaxValue;

    /// <summary>Adds a mention, keeping text order and ignoring a repeat of the same span.</summary>
    public void AddMention(TextSpan span, MentionKind kind)
    {
        var index = FirstStartingAtOrAfter(span.Start);
        if (index < _mentions.Count && _mentions[index].Span == span)
        {
            return;
        }

        _mentions.Insert(index, new EntityMention(span, kind));
        _longest = Math.Max(_longest, span.Length);
        _index?.Add(span, _ordinal);
    }

    /// <summary>True when <paramref name="span"/> is one of the mentions (a binary search, not a scan of them all).</summary>
    public bool HasMention(TextSpan span)
    {
        for (var i = FirstStartingAtOrAfter(span.Start); i < _mentions.Count && _mentions[i].Span.Start == span.Start; i++)
        {
            if (_mentions[i].Span == span)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a mention contains <paramref name="span"/>; such a mention starts no further back than the longest one before the span's end.</summary>
    public bool AnyContaining(TextSpan span)
    {
        for (var i = FirstStartingAtOrAfter(span.End - _longest); i < _mentions.Count && _mentions[i].Span.Start <= span.Start; i++)
        {
            if (_mentions[i].Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first mention (in text order) overlapping <paramref name="span"/>, if any. One that overlaps starts
    /// before the span's end and no further back than the longest mention, so only those few are looked at.
    /// </summary>
    public EntityMention? FirstOverlapping(TextSpan span)
    {
        for (var i = FirstStartingAtOrAfter(span.Start - _longest); i < _mentions.Count && _mentions[i].Span.Start < span.End; i++)
        {
            if (_mentions[i].Span.Overlaps(span))
            {
                return _mentions[i];
            }
        }

        return null;
    }

    // Binary search over the mentions (kept in start order); a linear scan made a name repeated
    // thousands of times quadratic.
    private int FirstStartingAtOrAfter(int offset)
    {
        var (low, high) = (0, _mentions.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = _mentions[middle].Span.Start < offset ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    // A Cyrillic person's name in the nominative; the report gives it romanised beside this written form.
    private string? NativeName(string language) =>
        Type == EntityType.Person && Text.LanguageDetector.IsCyrillic(language) && Name.Any(c => c is >= '\u0400' and <= '\u04FF')
            ? Cyrillic.NameNominative.Of(Name)
            : null;

    /// <summary>The record of this entity; Ukrainian and Russian person names romanised (KMU 2010, BGN/PCGN).</summary>
    public EntityRecord ToRecord(string language = Text.LanguageDetector.English) => new()
    {
        Id = Id,
        Type = Type,
        Name = NativeName(language) is { } native ? Cyrillic.Romanization.Of(native, language) : Name,
        NameNative = NativeName(language),
        Role = Role,
        Affiliation = Affiliation,
        Mentions = [.. _mentions.Select(m => m.Span)],
    };
}
