namespace Sitrep.Evaluation.Ner;

/// <summary>The training and evaluation files under a <c>data/ner</c> folder.</summary>
internal static class NerData
{
    /// <summary>
    /// How many times each training corpus is repeated. GMB (839k silver news tokens) would otherwise
    /// drown the small gold sets that carry other genres and conventions: GUM train 6x, re3d, wikigold
    /// 3x, WNUT-17 train 2x (measured on GUM dev and UNER dev, GMB dev unchanged).
    /// </summary>
    public static readonly IReadOnlyList<(string Corpus, int Times)> Mix =
        [("gmb", 1), ("gum", 6), ("re3d", 3), ("wikigold", 3), ("wnut17", 2)];

    /// <summary>Training documents: the train files of <see cref="Mix"/>, each repeated as listed (dev files are never read).</summary>
    public static List<NerDocument> Training(string folder)
    {
        var result = new List<NerDocument>();
        foreach (var (corpus, times) in Mix)
        {
            var documents = corpus switch
            {
                "gmb" => NerReaders.Gmb(Path.Combine(folder, "gmb", "train.conll.gz")),
                "gum" => GumReader.Read(Path.Combine(folder, "gum", "train.conllu.gz")),
                "re3d" => NerReaders.Re3d(Path.Combine(folder, "re3d", "train.jsonl")),
                "wikigold" => NerReaders.Wikigold(Path.Combine(folder, "wikigold", "train.conll.gz")),
                _ => NerReaders.Wnut(Path.Combine(folder, "wnut17", "train.conll.gz")),
            };
            for (var i = 0; i < times; i++)
            {
                result.AddRange(documents);
            }
        }

        return result;
    }

    /// <summary>
    /// The evaluation sets by name. The Ukrainian and Russian sets are scored by the names rule "cased" their
    /// READMEs give (a span whose last word is lower case is out of scope, gold or predicted), with the tagger
    /// the engine uses for that language; ner-uk is read for measuring only.
    /// </summary>
    public static IEnumerable<NerSet> Evaluation(string folder) =>
    [
        new("gmb", () => NerReaders.Gmb(Path.Combine(folder, "gmb", "dev.conll.gz")), GroupsScored: true),
        new("gum", () => GumReader.Read(Path.Combine(folder, "gum", "dev.conllu.gz")), GroupsScored: false),
        new("uner", () => NerReaders.Uner(Path.Combine(folder, "uner-en", "en_ewt-ud-dev.iob2.gz")), GroupsScored: false),
        new("factru", () => NerReaders.Uner(Path.Combine(folder, "factru", "dev.iob2.gz")), GroupsScored: false, "ru", Cased: true),
        new("ner-uk", () => NerReaders.Uner(Path.Combine(folder, "ner-uk", "dev.iob2.gz")), GroupsScored: false, "uk", Cased: true),
        new("uner-ru", () => NerReaders.Uner(Path.Combine(folder, "uner-ru", "dev.iob2.gz")), GroupsScored: false, "ru", Cased: true),
    ];
}

/// <summary>One evaluation set: its reader, whether group spans count, its language and its names rule.</summary>
internal sealed record NerSet(string Name, Func<List<NerDocument>> Read, bool GroupsScored, string Language = "en", bool Cased = false)
{
    /// <summary>True when the set's file is there (the Ukrainian and Russian sets came later than the others).</summary>
    public bool Present(string folder) => Name switch
    {
        "factru" => File.Exists(Path.Combine(folder, "factru", "dev.iob2.gz")),
        "ner-uk" => File.Exists(Path.Combine(folder, "ner-uk", "dev.iob2.gz")),
        "uner-ru" => File.Exists(Path.Combine(folder, "uner-ru", "dev.iob2.gz")),
        _ => true,
    };
}
