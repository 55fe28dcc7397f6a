using Sitrep.Text;

namespace Sitrep.Entities.Ner;

/// <summary>Tags one sentence's tokens with BILOU name labels; one instance per document.</summary>
internal interface ISentenceTagger
{
    /// <summary><paramref name="labels"/>[i] receives the label of <paramref name="tokens"/>[i].</summary>
    void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, Span<byte> labels);
}

/// <summary>The tagger for a document's language: the trained model for English, rules for Ukrainian and Russian.</summary>
internal static class SentenceTaggers
{
    /// <summary>A fresh tagger for one document in <paramref name="language"/>.</summary>
    public static ISentenceTagger For(string language, NerModel model) =>
        LanguageDetector.IsCyrillic(language) ? new Cyrillic.CyrillicNameTagger() : new NerTagger(model);
}
