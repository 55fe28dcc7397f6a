using Sitrep.Entities.Ner;

namespace Sitrep.Evaluation.Ner;

/// <summary>
/// GUM CoNLL-U with <c>Entity=</c> brackets. GUM marks every mention (names, nominals, pronouns); a
/// named entity here is a person/organization/place mention with a Wikipedia identity or made only of
/// proper nouns, cut to its name: from the first capitalised word up to a comma, bracket or
/// lower-case word that is not a name connector ("University of Portsmouth, United Kingdom" ->
/// "University of Portsmouth").
/// </summary>
internal static class GumReader
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "de", "the", "for", "-", "&", "du", "la", "von", "van", "al", "bin" };

    private sealed record Mention(int Start, string Type, bool Identity);

    /// <summary>Reads one CoNLL-U file of GUM documents.</summary>
    public static List<NerDocument> Read(string path)
    {
        var documents = new List<NerDocument>();
        var words = new List<string>();
        var upos = new List<string>();
        var spans = new List<NerSpan>();
        var open = new Dictionary<string, Mention>(StringComparer.Ordinal);
        void Flush()
        {
            if (words.Count > 0)
            {
                if (documents.Count == 0)
                {
                    documents.Add(new NerDocument(path, []));
                }

                documents[^1].Sentences.Add(NerHarmonizer.Sentence([.. words], spans, addDemonyms: true));
            }

            words.Clear();
            upos.Clear();
            spans = [];
            open.Clear();
        }

        foreach (var line in NerReaders.Lines(path))
        {
            if (line.StartsWith("# newdoc id", StringComparison.Ordinal))
            {
                Flush();
                documents.Add(new NerDocument(line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim(), []));
                continue;
            }

            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 10 || columns[0].Contains('-', StringComparison.Ordinal) || columns[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var index = words.Count;
            words.Add(columns[1]);
            upos.Add(columns[3]);
            foreach (var field in columns[9].Split('|'))
            {
                if (field.StartsWith("Entity=", StringComparison.Ordinal))
                {
                    ParseBrackets(field["Entity=".Length..], index, open, (mention, end) => AddNamed(mention, end, words, upos, spans));
                }
            }
        }

        Flush();
        return [.. documents.Where(d => d.Sentences.Count > 0)];
    }

    private static void ParseBrackets(string value, int index, Dictionary<string, Mention> open, Action<Mention, int> close)
    {
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] == '(')
            {
                var end = i + 1;
                while (end < value.Length && value[end] is not ('(' or ')'))
                {
                    end++;
                }

                var fields = value[(i + 1)..end].Split('-');
                var mention = new Mention(index, fields.Length > 1 ? fields[1] : "", fields.Length > 7 && string.Join('-', fields[7..]).Length > 0);
                if (end < value.Length && value[end] == ')')
                {
                    close(mention, index + 1);
                    end++;
                }
                else
                {
                    open[fields[0]] = mention;
                }

                i = end;
            }
            else
            {
                var end = value.IndexOf(')', i);
                if (end < 0)
                {
                    break;
                }

                if (open.Remove(value[i..end], out var mention))
                {
                    close(mention, index + 1);
                }

                i = end + 1;
            }
        }
    }

    private static void AddNamed(Mention mention, int end, List<string> words, List<string> upos, List<NerSpan> spans)
    {
        var type = mention.Type switch
        {
            "person" => NerType.Person,
            "organization" => NerType.Organization,
            "place" => NerType.Location,
            _ => NerType.None,
        };
        if (type == NerType.None)
        {
            return;
        }

        // Skip determiners and modifiers to the first proper noun; pronouns and nominals with a
        // Wikipedia identity ("his", "the poet") are coreference, not names.
        var start = mention.Start;
        while (start < end && upos[start] is "DET" or "ADJ" or "NUM" or "PUNCT" && upos[start] != "PROPN")
        {
            start++;
        }

        if (start >= end || upos[start] != "PROPN" || !(mention.Identity || AllProper(start, end, words, upos) || end - start <= 4))
        {
            return;
        }

        var stop = start + 1;
        while (stop < end && upos[stop] != "PRON" && (upos[stop] == "PROPN" || char.IsUpper(words[stop][0]) || char.IsDigit(words[stop][0]) || Connectors.Contains(words[stop])))
        {
            stop++;
        }

        while (stop > start + 1 && Connectors.Contains(words[stop - 1]))
        {
            stop--;
        }

        spans.Add(new NerSpan(start, stop, type));
    }

    private static bool AllProper(int start, int end, List<string> words, List<string> upos)
    {
        for (var i = start; i < end; i++)
        {
            if (upos[i] != "PROPN" && !Connectors.Contains(words[i]) && words[i] is not ("'s" or "." or ","))
            {
                return false;
            }
        }

        return true;
    }
}
