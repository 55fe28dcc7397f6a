namespace Sitrep.Text;

/// <summary>A paragraph: one line of text (a line break ends a paragraph) and its sentences.</summary>
/// <param name="Span">Characters of the paragraph, without the line break.</param>
/// <param name="FirstSentence">Index of the first sentence in <see cref="Document.Sentences"/>.</param>
/// <param name="SentenceCount">Number of sentences.</param>
public readonly record struct Paragraph(TextSpan Span, int FirstSentence, int SentenceCount);
