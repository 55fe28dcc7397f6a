using System.Collections.Immutable;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// One document as the quote stage reads it: tokens with their sentence, the quote segments and which
/// token opens or closes which segment. Built once per document; the word tests never allocate.
/// </summary>
internal sealed class QuoteText
{
    private readonly int[] _sentenceOf;
    private readonly int[] _segmentOf;

    public QuoteText(Document document)
    {
        Text = document.Text;
        Tokens = document.Tokens;
        Sentences = document.Sentences;
        Lexicon = QuoteLexicon.Shared;
        Segments = QuoteMarks.Find(Text, document.Paragraphs);
        HeadlineSentence = Headline.SentenceIndex(document) ?? -1;
        _sentenceOf = new int[Tokens.Length];
        for (var s = 0; s < Sentences.Length; s++)
        {
            for (var t = Sentences[s].FirstToken; t < Sentences[s].EndToken; t++)
            {
                _sentenceOf[t] = s;
            }
        }

        _segmentOf = new int[Tokens.Length];
        Array.Fill(_segmentOf, -1);
        for (var g = 0; g < Segments.Count; g++)
        {
            for (var t = TokenAt(Segments[g].Span.Start); t < Tokens.Length && Tokens[t].Start < Segments[g].Span.End; t++)
            {
                _segmentOf[t] = g;
            }
        }
    }

    public string Text { get; }

    /// <summary>The index of the headline's sentence, or -1 when the document has no headline.</summary>
    public int HeadlineSentence { get; }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public QuoteLexicon Lexicon { get; }

    public List<QuoteSegment> Segments { get; }

    /// <summary>The segments' spans sorted by start (then end), built on first use: <see cref="ContentSpans.KindOf(QuoteText, TextSpan)"/> looks only at those inside a content.</summary>
    public TextSpan[] SegmentSpansByStart => _segmentSpansByStart ??= SortedSegmentSpans();

    private TextSpan[]? _segmentSpansByStart;

    private TextSpan[] SortedSegmentSpans()
    {
        var spans = Segments.ConvertAll(g => g.Span).ToArray();
        Array.Sort(spans, (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return spans;
    }

    public int Count => Tokens.Length;

    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Span.Length);

    public TokenKind Kind(int i) => Tokens[i].Kind;

    public bool Is(int i, string word) => i >= 0 && i < Tokens.Length && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsChar(int i, char c) => i >= 0 && i < Tokens.Length && Tokens[i].Span.Length == 1 && Text[Tokens[i].Start] == c;

    public bool IsCapitalized(int i) => InRange(i) && Kind(i) is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(Text[Tokens[i].Start]);

    public bool IsLowerWord(int i) => InRange(i) && Kind(i) == TokenKind.Word && char.IsLower(Text[Tokens[i].Start]);

    /// <summary>True when token <paramref name="i"/> is a reporting cue in lower case ("said", "adding").</summary>
    public bool IsCueWord(int i) => IsLowerWord(i) && Lexicon.TryGetCue(Word(i), out _);

    /// <summary>The word classes of token <paramref name="i"/>; none for punctuation or past either end.</summary>
    public WordClass ClassOf(int i)
    {
        var cls = InRange(i) && Kind(i) is TokenKind.Word or TokenKind.Abbreviation ? Lexicon.ClassOf(Word(i)) : WordClass.None;

        // "said at least 40 ...": "at least" / "at most" qualify a figure of the content, not an adverbial of the cue.
        return (cls & WordClass.Adverbial) != 0 && Is(i, "at") && (Is(i + 1, "least") || Is(i + 1, "most")) ? cls & ~WordClass.Adverbial : cls;
    }

    private bool InRange(int i) => i >= 0 && i < Tokens.Length;

    public bool Has(int i, WordClass c) => (ClassOf(i) & c) != 0;

    public int SentenceOf(int i) => _sentenceOf[i];

    public Sentence SentenceAt(int i) => Sentences[_sentenceOf[i]];

    /// <summary>Index of the segment holding token <paramref name="i"/>, or -1.</summary>
    public int SegmentOf(int i) => i >= 0 && i < _segmentOf.Length ? _segmentOf[i] : -1;

    /// <summary>True when token <paramref name="i"/> is the opening mark of a segment.</summary>
    public bool OpensSegment(int i) => SegmentOf(i) is var g and >= 0 && Segments[g].Span.Start == Tokens[i].Start;

    /// <summary>True when token <paramref name="i"/> is the closing mark of a segment.</summary>
    public bool ClosesSegment(int i) => SegmentOf(i) is var g and >= 0 && !Segments[g].Capped && Segments[g].Span.End == Tokens[i].End;

    /// <summary>The last character inside segment <paramref name="g"/>, before its closing mark(s).</summary>
    public char LastInside(int g)
    {
        var i = Segments[g].Span.End - 1;
        while (i > Segments[g].Span.Start && CharClass.IsQuote(Text[i]))
        {
            i--;
        }

        return Text[i];
    }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Span from token <paramref name="first"/> to token <paramref name="last"/>, both included.</summary>
    public TextSpan Span(int first, int last) => new(Tokens[first].Start, Tokens[last].End);

    /// <summary>True for a comma, semicolon or colon token.</summary>
    public bool IsClausePunct(int i) => Kind(i) == TokenKind.Punctuation && Text[Tokens[i].Start] is ',' or ';' or ':';

    /// <summary>True when token <paramref name="i"/> ends a sentence (terminal punctuation) or is past the end.</summary>
    public bool IsTerminal(int i) => i >= Tokens.Length || Kind(i) == TokenKind.Terminal;
}
