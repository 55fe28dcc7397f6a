using System.IO.Compression;
using System.Text.Json;
using Sitrep.Entities.Ner;
using Sitrep.Text;

namespace Sitrep.Evaluation.Ner;

/// <summary>
/// Readers for the NER corpora in <c>../shared/data/ner</c>, each returning harmonised documents.
/// Label mapping: PER/person/Person -> person; ORG/org/organization/Organisation -> organization;
/// LOC/geo/place/Location -> location; gpe (GMB nationality)/Nationality (re3d) -> group; everything
/// else (tim, art, eve, nat, MISC, time, object, ...) -> outside, except demonyms in corpora without a group type.
/// </summary>
internal static class NerReaders
{
    /// <summary>GMB sentences (word, POS, IOB2); no document marks, so every 20 sentences form one document.</summary>
    public static List<NerDocument> Gmb(string path) =>
        Chunk(Path.GetFileName(path), ColumnSentences(path, '\t', wordColumn: 0, tagColumn: 2, addDemonyms: false, MapGmb), 20);

    /// <summary>wikigold (token tag, IOB1, -DOCSTART- between articles).</summary>
    public static List<NerDocument> Wikigold(string path) =>
        SplitOnDocStart(path, ColumnSentences(path, ' ', 0, 1, addDemonyms: true, MapConll));

    /// <summary>WNUT-17 (token tag, IOB2, blank line between posts); every post is its own document.</summary>
    public static List<NerDocument> Wnut(string path) =>
        Chunk(Path.GetFileName(path), ColumnSentences(path, '\t', 0, 1, addDemonyms: true, MapWnut), 1);

    /// <summary>Universal NER English EWT (index token tag - annotator, # comments); <c># newdoc</c> opens a document (a web post or review).</summary>
    public static List<NerDocument> Uner(string path) =>
        SplitOnDocStart(path, ColumnSentences(path, '\t', 1, 2, addDemonyms: false, MapConll));

    private static NerType MapGmb(string tag) => tag switch
    {
        "per" => NerType.Person,
        "org" => NerType.Organization,
        "geo" => NerType.Location,
        "gpe" => NerType.Group,
        _ => NerType.None,
    };

    private static NerType MapWnut(string tag) => tag switch
    {
        "person" => NerType.Person,
        "corporation" or "group" => NerType.Organization,
        "location" => NerType.Location,
        _ => NerType.None,
    };

    private static NerType MapConll(string tag) => tag switch
    {
        "PER" => NerType.Person,
        "ORG" => NerType.Organization,
        "LOC" => NerType.Location,
        _ => NerType.None,
    };

    /// <summary>Lines of a text or gzip file.</summary>
    public static IEnumerable<string> Lines(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static List<NerSentence> ColumnSentences(string path, char separator, int wordColumn, int tagColumn, bool addDemonyms, Func<string, NerType> map)
    {
        var sentences = new List<NerSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(NerHarmonizer.Sentence([.. words], IobSpans(tags, map), addDemonyms));
            }

            words.Clear();
            tags.Clear();
        }

        foreach (var line in Lines(path))
        {
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line[0] == '#' && line.Contains(" = ", StringComparison.Ordinal) && !line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                continue;
            }

            var columns = line.Split(separator);
            if (columns[0] == "-DOCSTART-" || line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                Flush();
                sentences.Add(new NerSentence([], [])); // document mark
                continue;
            }

            words.Add(columns[wordColumn]);
            tags.Add(columns[tagColumn]);
        }

        Flush();
        return sentences;
    }

    /// <summary>Spans of IOB2 (or IOB1) tags such as <c>B-PER</c>.</summary>
    private static List<NerSpan> IobSpans(List<string> tags, Func<string, NerType> map)
    {
        var spans = new List<NerSpan>();
        var start = -1;
        var type = "";
        for (var i = 0; i <= tags.Count; i++)
        {
            // IOB1 and IOB2 read alike: B always opens, I opens after O or after another type.
            var tag = i < tags.Count ? tags[i] : "O";
            var prefix = tag.Length > 1 && tag[1] == '-' ? tag[0] : 'O';
            var label = prefix == 'O' ? "" : tag[2..];
            var opens = prefix == 'B' || (prefix == 'I' && (start < 0 || label != type));
            if (start >= 0 && (prefix == 'O' || opens))
            {
                if (map(type) != NerType.None)
                {
                    spans.Add(new NerSpan(start, i, map(type)));
                }

                start = -1;
            }

            if (opens)
            {
                (start, type) = (i, label);
            }
        }

        return spans;
    }

    private static List<NerDocument> Chunk(string name, List<NerSentence> sentences, int size) =>
        [.. sentences.Where(s => s.Words.Length > 0).Chunk(size).Select((chunk, i) => new NerDocument($"{name}#{i}", [.. chunk]))];

    private static List<NerDocument> SplitOnDocStart(string path, List<NerSentence> sentences)
    {
        var documents = new List<NerDocument>();
        foreach (var sentence in sentences)
        {
            if (sentence.Words.Length == 0 || documents.Count == 0)
            {
                documents.Add(new NerDocument($"{Path.GetFileName(path)}#{documents.Count}", []));
            }

            if (sentence.Words.Length > 0)
            {
                documents[^1].Sentences.Add(sentence);
            }
        }

        return [.. documents.Where(d => d.Sentences.Count > 0)];
    }

    /// <summary>re3d JSON Lines: our tokenizer and splitter over the text, character spans mapped to tokens.</summary>
    public static List<NerDocument> Re3d(string path)
    {
        var documents = new List<NerDocument>();
        foreach (var line in Lines(path))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString() ?? "";
            var tokens = Tokenizer.Tokenize(text);
            var (sentences, _) = SentenceSplitter.Split(text, tokens);
            var entities = root.GetProperty("entities").EnumerateArray()
                .Select(e => (Begin: e.GetProperty("begin").GetInt32(), End: e.GetProperty("end").GetInt32(), Type: e.GetProperty("type").GetString() switch
                {
                    "Person" => NerType.Person,
                    "Organisation" => NerType.Organization,
                    "Location" => NerType.Location,
                    "Nationality" => NerType.Group,
                    _ => NerType.None,
                }))
                .Where(e => e.Type != NerType.None).ToList();
            var document = new NerDocument(root.GetProperty("id").GetString() ?? "", []);
            foreach (var sentence in sentences)
            {
                var words = new string[sentence.TokenCount];
                var spans = new List<NerSpan>();
                for (var i = 0; i < words.Length; i++)
                {
                    words[i] = tokens[sentence.FirstToken + i].Span.Of(text);
                }

                foreach (var entity in entities)
                {
                    int first = -1, last = -1;
                    for (var i = 0; i < words.Length; i++)
                    {
                        var token = tokens[sentence.FirstToken + i];
                        if (token.Start >= entity.Begin && token.End <= entity.End)
                        {
                            first = first < 0 ? i : first;
                            last = i;
                        }
                    }

                    if (first >= 0)
                    {
                        spans.Add(new NerSpan(first, last + 1, entity.Type));
                    }
                }

                document.Sentences.Add(NerHarmonizer.Sentence(words, spans, addDemonyms: false));
            }

            documents.Add(document);
        }

        return documents;
    }
}
