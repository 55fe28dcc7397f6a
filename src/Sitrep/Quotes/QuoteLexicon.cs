using Sitrep.Lexicons;

namespace Sitrep.Quotes;

/// <summary>
/// The quote stage's data: reporting cues (<c>quote-cues.txt</c>) and speaker-phrase words
/// (<c>quote-speaker-words.txt</c>). Loaded once; read-only afterwards, so shared by all threads.
/// </summary>
internal sealed class QuoteLexicon
{
    private static readonly Lazy<QuoteLexicon> Instance = new(() => new QuoteLexicon());

    private readonly Dictionary<string, CueEntry>.AlternateLookup<ReadOnlySpan<char>> _cues;
    private readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _words;

    private QuoteLexicon()
    {
        var cues = new Dictionary<string, CueEntry>(StringComparer.Ordinal);
        foreach (var row in LexiconResource.ReadRows("quote-cues.txt"))
        {
            var entry = new CueEntry(row[0], row[1] switch
            {
                "object" => CueFrame.Object,
                "whole" => CueFrame.Whole,
                "source-first" => CueFrame.SourceFirst,
                _ => CueFrame.Clause,
            });
            foreach (var form in row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                cues[form] = entry;
            }
        }

        var words = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in LexiconResource.ReadRows("quote-speaker-words.txt"))
        {
            words[row[0]] = words.GetValueOrDefault(row[0]) | Enum.Parse<WordClass>(row[1], ignoreCase: true);
        }

        _cues = cues.GetAlternateLookup<ReadOnlySpan<char>>();
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shared instance.</summary>
    public static QuoteLexicon Shared => Instance.Value;

    /// <summary>The cue spelled exactly <paramref name="form"/> (cues are lower case), if any.</summary>
    public bool TryGetCue(ReadOnlySpan<char> form, out CueEntry entry) => _cues.TryGetValue(form, out entry);

    /// <summary>The classes of <paramref name="word"/> (case-insensitive).</summary>
    public WordClass ClassOf(ReadOnlySpan<char> word) => _words.TryGetValue(word, out var c) ? c : WordClass.None;
}
