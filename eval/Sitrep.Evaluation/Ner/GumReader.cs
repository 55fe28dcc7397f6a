using Sitrep.Entities.Ner;

namespace Sitrep.Evaluation.Ner;

/// <summary>
/// GUM CoNLL-U with <c>Entity=</c> brackets. GUM marks every mention (names, nominals, pronouns); as
/// its README says, a named entity is a person/organization/place mention whose syntactic head (the
/// mention word whose dependency head lies outside the mention) is a proper noun (PTB NNP/NNPS). The
/// name is the run of proper nouns around that head, joined only by name connectors ("University of
/// Portsmouth, United Kingdom" -> "University of Portsmouth"; "the younger John Edleston" -> "John
/// Edleston"). Mentions of one entity may nest ("Emperor Norton" inside "Joshua Abraham Norton (...),
/// known as Emperor Norton"), so brackets close the latest open mention of their id.
/// </summary>
internal static class GumReader
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "de", "the", "for", "-", "&", "du", "la", "von", "van", "al", "bin", "'s", "’s" };

    private sealed record Mention(int Start, string Type) { public int End { get; set; } = -1; }

    private sealed class Sentence
    {
        public List<string> Words { get; } = [];
        public List<string> Xpos { get; } = [];
        public List<int> Heads { get; } = [];
        public List<Mention> Mentions { get; } = [];
        public Dictionary<string, Stack<Mention>> Open { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Reads one CoNLL-U file of GUM documents.</summary>
    public static List<NerDocument> Read(string path)
    {
        var documents = new List<NerDocument>();
        var sentence = new Sentence();
        void Flush()
        {
            if (sentence.Words.Count > 0)
            {
                if (documents.Count == 0)
                {
                    documents.Add(new NerDocument(path, []));
                }

                documents[^1].Sentences.Add(NerHarmonizer.Sentence([.. sentence.Words], Named(sentence), addDemonyms: true));
            }

            sentence = new Sentence();
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

            var index = sentence.Words.Count;
            sentence.Words.Add(columns[1]);
            sentence.Xpos.Add(columns[4]);
            sentence.Heads.Add(int.TryParse(columns[6], out var head) ? head - 1 : -1);
            foreach (var field in columns[9].Split('|'))
            {
                if (field.StartsWith("Entity=", StringComparison.Ordinal))
                {
                    ParseBrackets(field["Entity=".Length..], index, sentence);
                }
            }
        }

        Flush();
        return [.. documents.Where(d => d.Sentences.Count > 0)];
    }

    private static void ParseBrackets(string value, int index, Sentence sentence)
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
                var mention = new Mention(index, fields.Length > 1 ? fields[1] : "");
                sentence.Mentions.Add(mention);
                if (end < value.Length && value[end] == ')')
                {
                    mention.End = index + 1;
                    end++;
                }
                else
                {
                    if (!sentence.Open.TryGetValue(fields[0], out var stack))
                    {
                        sentence.Open[fields[0]] = stack = new Stack<Mention>();
                    }

                    stack.Push(mention);
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

                if (sentence.Open.TryGetValue(value[i..end], out var stack) && stack.Count > 0)
                {
                    stack.Pop().End = index + 1;
                }

                i = end + 1;
            }
        }
    }

    private static List<NerSpan> Named(Sentence sentence)
    {
        var spans = new List<NerSpan>();
        foreach (var mention in sentence.Mentions)
        {
            var type = mention.Type switch
            {
                "person" => NerType.Person,
                "organization" => NerType.Organization,
                "place" => NerType.Location,
                _ => NerType.None,
            };
            if (type == NerType.None || mention.End <= mention.Start)
            {
                continue;
            }

            var head = Head(sentence, mention.Start, mention.End);
            if (!IsProper(sentence, head))
            {
                continue;
            }

            var (first, last) = (head, head);
            while (Extends(sentence, mention, first, -1, out var next))
            {
                first = next;
            }

            while (Extends(sentence, mention, last, +1, out var next))
            {
                last = next;
            }

            spans.Add(new NerSpan(first, last + 1, type));
        }

        return spans;
    }

    /// <summary>The first word of [start, end) whose dependency head lies outside it (the last word when heads are missing).</summary>
    private static int Head(Sentence sentence, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var head = sentence.Heads[i];
            if (head < start || head >= end)
            {
                return i;
            }
        }

        return end - 1;
    }

    /// <summary>Steps from <paramref name="from"/> over connectors to the next proper noun inside the mention.</summary>
    private static bool Extends(Sentence sentence, Mention mention, int from, int step, out int next)
    {
        next = from + step;
        while (next >= mention.Start && next < mention.End && !IsProper(sentence, next))
        {
            var word = sentence.Words[next];
            var at = next;
            // "King's College" is one name, "Britain's Tony Blair" is two: a possessive joins only
            // when no other mention ends at the word before it.
            var joins = Connectors.Contains(word)
                && (word is not ("'s" or "’s") || (mention.Type != "person" && !sentence.Mentions.Exists(m => m != mention && m.End == at)));
            if (!joins)
            {
                return false;
            }

            next += step;
        }

        return next >= mention.Start && next < mention.End;
    }

    private static bool IsProper(Sentence sentence, int i) =>
        sentence.Xpos[i] is "NNP" or "NNPS" && sentence.Words[i].Length > 0 && !char.IsLower(sentence.Words[i][0]);
}
