using System.Text.Json.Serialization;

namespace Sitrep.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's original text.
/// <see cref="End"/> is exclusive, so an empty span has <c>Start == End</c>.
/// </summary>
/// <param name="Start">Index of the first code unit.</param>
/// <param name="End">Index one past the last code unit.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of code units covered.</summary>
    [JsonIgnore]
    public int Length => End - Start;

    /// <summary>True when the span covers nothing.</summary>
    [JsonIgnore]
    public bool IsEmpty => End <= Start;

    /// <summary>Creates a span from a start and a length.</summary>
    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when <paramref name="offset"/> lies inside this span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Number of code units shared with <paramref name="other"/> (0 when disjoint).</summary>
    public int OverlapLength(TextSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => OverlapLength(other) > 0;

    /// <summary>The smallest span covering both.</summary>
    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>The covered text of <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    /// <summary>The covered characters of <paramref name="text"/> without allocating.</summary>
    public ReadOnlySpan<char> SliceOf(string text) => text.AsSpan(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
