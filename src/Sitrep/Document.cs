using System.Collections.Immutable;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep;

/// <summary>
/// One article under analysis. It owns the original text, which is never modified: every span
/// produced by any stage is a UTF-16 offset range into <see cref="Text"/>, end exclusive.
/// Stages add typed annotations; a document is used by one analysis at a time.
/// </summary>
public sealed class Document
{
    private readonly Dictionary<AnnotationKey, object> _annotations = [];
    private string? _language;

    /// <summary>Wraps <paramref name="text"/> exactly as read (decoded, BOM removed, nothing else changed).</summary>
    public Document(string text, DocumentInfo? info = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Info = info ?? DocumentInfo.Empty;
    }

    /// <summary>The original text; all offsets point into it.</summary>
    public string Text { get; }

    /// <summary>Source, title and publication date.</summary>
    public DocumentInfo Info { get; }

    /// <summary><c>uk</c>, <c>ru</c> or <c>en</c>, read from the text's letters on first use (<see cref="LanguageDetector"/>).</summary>
    public string Language => _language ??= LanguageDetector.Detect(Text);

    /// <summary>Tokens in text order (produced by the text stage).</summary>
    public ImmutableArray<Token> Tokens => Get(TextAnnotations.Tokens);

    /// <summary>Sentences in text order (produced by the text stage).</summary>
    public ImmutableArray<Sentence> Sentences => Get(TextAnnotations.Sentences);

    /// <summary>Paragraphs in text order (produced by the text stage).</summary>
    public ImmutableArray<Paragraph> Paragraphs => Get(TextAnnotations.Paragraphs);

    /// <summary>The characters of <paramref name="span"/>, without allocating.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The characters of a token, without allocating.</summary>
    public ReadOnlySpan<char> Slice(in Token token) => Slice(token.Span);

    /// <summary>True when a value was stored under <paramref name="key"/>.</summary>
    public bool Has(AnnotationKey key) => _annotations.ContainsKey(key);

    /// <summary>The value stored under <paramref name="key"/>.</summary>
    /// <exception cref="InvalidOperationException">No stage has produced it yet.</exception>
    public T Get<T>(AnnotationKey<T> key) where T : notnull =>
        _annotations.TryGetValue(key, out var value)
            ? (T)value
            : throw new InvalidOperationException($"Annotation '{key.Name}' has not been produced; add the stage that produces it.");

    /// <summary>The value stored under <paramref name="key"/>, or <paramref name="fallback"/>.</summary>
    public T GetOrDefault<T>(AnnotationKey<T> key, T fallback) where T : notnull =>
        _annotations.TryGetValue(key, out var value) ? (T)value : fallback;

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing any earlier value.</summary>
    public void Set<T>(AnnotationKey<T> key, T value) where T : notnull
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _annotations[key] = value;
    }
}
