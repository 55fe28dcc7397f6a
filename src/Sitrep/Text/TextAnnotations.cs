using System.Collections.Immutable;
using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>Annotation keys produced by the text stage.</summary>
public static class TextAnnotations
{
    /// <summary>All tokens of the document, in order.</summary>
    public static readonly AnnotationKey<ImmutableArray<Token>> Tokens = new("tokens");

    /// <summary>All sentences of the document, in order.</summary>
    public static readonly AnnotationKey<ImmutableArray<Sentence>> Sentences = new("sentences");

    /// <summary>All paragraphs of the document, in order.</summary>
    public static readonly AnnotationKey<ImmutableArray<Paragraph>> Paragraphs = new("paragraphs");
}
