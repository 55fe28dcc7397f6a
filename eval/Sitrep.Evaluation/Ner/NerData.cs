namespace Sitrep.Evaluation.Ner;

/// <summary>The training and evaluation files under a <c>data/ner</c> folder.</summary>
internal static class NerData
{
    /// <summary>Training documents: GMB train, GUM train (twice: gold, closer to our conventions), re3d, wikigold.</summary>
    public static List<NerDocument> Training(string folder)
    {
        var gum = GumReader.Read(Path.Combine(folder, "gum", "train.conllu.gz"));
        return
        [
            .. NerReaders.Gmb(Path.Combine(folder, "gmb", "train.conll.gz")),
            .. gum,
            .. gum,
            .. NerReaders.Re3d(Path.Combine(folder, "re3d", "train.jsonl")),
            .. NerReaders.Wikigold(Path.Combine(folder, "wikigold", "train.conll.gz")),
        ];
    }

    /// <summary>The evaluation sets by name.</summary>
    public static IEnumerable<(string Name, Func<List<NerDocument>> Read, bool GroupsScored)> Evaluation(string folder) =>
    [
        ("gmb", () => NerReaders.Gmb(Path.Combine(folder, "gmb", "dev.conll.gz")), true),
        ("gum", () => GumReader.Read(Path.Combine(folder, "gum", "dev.conllu.gz")), false),
        ("uner", () => NerReaders.Uner(Path.Combine(folder, "uner-en", "en_ewt-ud-dev.iob2.gz")), false),
    ];
}
