using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>A lexicon match in a sentence: tokens [First, First + Length) and the value it carries.</summary>
internal readonly record struct Hit<T>(int First, int Length, T Value, TextSpan Span)
{
    public int Last => First + Length - 1;
}
