using System.Collections.Immutable;
using Sitrep.Entities.Ner;
using Sitrep.Text;

namespace Sitrep.Entities.Resolution;

/// <summary>A tagged name: tokens [Start, End) and its type.</summary>
internal readonly record struct NamedSpan(int Start, int End, NerType Type);

/// <summary>What resolution knows about a person beyond the report fields.</summary>
internal sealed class PersonInfo
{
    /// <summary>Name-word keys of the fullest name ("volodimir", "zelenski").</summary>
    public List<string> Keys { get; } = [];

    /// <summary>Role class ("minister", "military"), when a role is known.</summary>
    public string? RoleClass { get; set; }

    /// <summary>'m', 'f' or null when unknown.</summary>
    public char? Gender { get; set; }
}

/// <summary>Per-document state shared by the resolution steps: words, quote flags, used tokens, the graph.</summary>
internal sealed class EntityContext
{
    /// <summary>Creates the context of <paramref name="document"/>.</summary>
    public EntityContext(Document document)
    {
        Document = document;
        Tokens = document.Tokens;
        Words = new string[Tokens.Length];
        Lower = new string[Tokens.Length];
        SentenceOf = new int[Tokens.Length];
        // One string per distinct word of the document (WordPool), not a fresh one per token.
        var pool = new WordPool();
        for (var i = 0; i < Tokens.Length; i++)
        {
            Words[i] = pool.Of(Tokens[i].Span.SliceOf(document.Text));
            Lower[i] = pool.LowerOf(Words[i]);
        }

        var sentences = document.Sentences;
        for (var s = 0; s < sentences.Length; s++)
        {
            for (var t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
            {
                SentenceOf[t] = s;
            }
        }

        InQuote = QuoteRegions.Of(document);
        Used = new bool[Tokens.Length];
    }

    /// <summary>The document.</summary>
    public Document Document { get; }

    /// <summary>Its tokens.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>The text of each token.</summary>
    public string[] Words { get; }

    /// <summary>The text of each token, lower-cased (for the role and institution lexicons).</summary>
    public string[] Lower { get; }

    /// <summary>The sentence index of each token.</summary>
    public int[] SentenceOf { get; }

    /// <summary>True for tokens inside quotation marks.</summary>
    public bool[] InQuote { get; }

    /// <summary>True for tokens already part of a mention, role or affiliation.</summary>
    public bool[] Used { get; }

    /// <summary>Names the model tagged, in text order.</summary>
    public List<NamedSpan> Names { get; } = [];

    /// <summary>The graph being built.</summary>
    public EntityGraph Graph { get; } = new();

    /// <summary>Groups and institutions by key ("RU:army").</summary>
    public Dictionary<string, Entity> Groups { get; } = new(StringComparer.Ordinal);

    /// <summary>Person details by entity.</summary>
    public Dictionary<Entity, PersonInfo> People { get; } = [];

    /// <summary>The character span of tokens [start, end).</summary>
    public TextSpan Span(int start, int end) => new(Tokens[start].Start, Tokens[end - 1].End);

    /// <summary>The text of tokens [start, end) as written.</summary>
    public string Text(int start, int end) => Span(start, end).Of(Document.Text);

    /// <summary>Marks tokens [start, end) as used.</summary>
    public void Use(int start, int end) => Array.Fill(Used, true, start, end - start);

    /// <summary>True when word <paramref name="i"/> is the clitic 's.</summary>
    public bool IsPossessive(int i) => i >= 0 && i < Words.Length && Words[i] is "'s" or "’s" or "'" or "’";

    /// <summary>True when word <paramref name="i"/> starts with an upper-case letter.</summary>
    public bool IsCapitalized(int i) => i >= 0 && i < Words.Length && Words[i].Length > 0 && char.IsUpper(Words[i][0]);
}
