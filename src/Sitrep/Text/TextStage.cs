using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>The first stage: tokens, sentences and paragraphs.</summary>
public sealed class TextStage : IStage
{
    /// <inheritdoc />
    public string Name => "text";

    /// <inheritdoc />
    public IReadOnlyList<AnnotationKey> Needs { get; } = [];

    /// <inheritdoc />
    public IReadOnlyList<AnnotationKey> Produces { get; } =
        [TextAnnotations.Tokens, TextAnnotations.Sentences, TextAnnotations.Paragraphs];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = Tokenizer.Tokenize(document.Text);
        var (sentences, paragraphs) = SentenceSplitter.Split(document.Text, tokens);
        document.Set(TextAnnotations.Tokens, tokens);
        document.Set(TextAnnotations.Sentences, sentences);
        document.Set(TextAnnotations.Paragraphs, paragraphs);
    }
}
