using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// Text between a pair of quotation marks, marks included. A quote left open at a paragraph end
/// either continues (the next paragraph reopens it) or is capped there (<see cref="Capped"/>).
/// </summary>
/// <param name="Span">From the opening mark to just after the closing mark (or the paragraph end).</param>
/// <param name="Capped">True when no closing mark was found and the span stops at the paragraph end.</param>
internal readonly record struct QuoteSegment(TextSpan Span, bool Capped);
