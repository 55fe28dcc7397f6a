using System.Diagnostics;
using Sitrep.Entities.Ner;
using Sitrep.Evaluation.Scoring;

namespace Sitrep.Evaluation.Ner;

/// <summary>
/// Exact-span micro precision, recall and F1 of the NER model per type and overall, per data set
/// (never pooled). Sets without a group type (GUM, UNER) are scored on person, organization and
/// location only; group predictions there are dropped before scoring.
/// </summary>
internal static class NerEvaluation
{
    /// <summary>The task name used for floors.</summary>
    public const string Task = "ner";

    private static readonly NerType[] Types = [NerType.Person, NerType.Organization, NerType.Location, NerType.Group];

    /// <summary>Scores <paramref name="model"/> on every evaluation set under <paramref name="folder"/>.</summary>
    public static MetricSet Score(NerModel model, string folder)
    {
        var metrics = new MetricSet(Task);
        foreach (var set in NerData.Evaluation(folder).Where(s => s.Present(folder)))
        {
            var (name, read, groupsScored) = (set.Name, set.Read, set.GroupsScored);
            var counts = new Dictionary<NerType, Prf>();
            var errors = new NerErrors();
            long tokens = 0;
            var documents = read();
            foreach (var document in documents)
            {
                var tagger = SentenceTaggers.For(set.Language, model);
                foreach (var sentence in document.Sentences)
                {
                    var (text, spans) = NerTrainer.Join(sentence.Words);
                    var labels = new byte[spans.Length];
                    tagger.Tag(text, spans, labels);
                    tokens += spans.Length;
                    var predicted = new List<NerSpan>();
                    NerDecoder.Spans(labels, (s, e, t) => predicted.Add(new NerSpan(s, e, t)));
                    if (Environment.GetEnvironmentVariable("SITREP_NER_DUMP") == name)
                    {
                        var g = string.Join(" | ", sentence.Spans.Select(s => $"{s.Type}:{string.Join(' ', sentence.Words[s.Start..s.End])}"));
                        var p = string.Join(" | ", predicted.Select(s => $"{s.Type}:{string.Join(' ', sentence.Words[s.Start..s.End])}"));
                        if (g != p)
                        {
                            Console.Error.WriteLine($"S: {text}\nG: {g}\nP: {p}\n");
                        }
                    }

                    var goldSpans = sentence.Spans.Where(s => (groupsScored || s.Type != NerType.Group) && InScope(set, sentence.Words, s)).ToList();
                    predicted = predicted.FindAll(s => InScope(set, sentence.Words, s));
                    var scored = groupsScored ? predicted : predicted.FindAll(s => s.Type != NerType.Group);
                    errors.Add(goldSpans, scored);
                    foreach (var type in Types)
                    {
                        if (type == NerType.Group && !groupsScored)
                        {
                            continue;
                        }

                        var gold = goldSpans.Where(s => s.Type == type).ToHashSet();
                        var guessed = predicted.Where(s => s.Type == type).ToList();
                        counts[type] = counts.GetValueOrDefault(type) + new Prf(guessed.Count(gold.Contains), guessed.Count, gold.Count);
                    }
                }
            }

            var overall = counts.Values.Aggregate(default(Prf), Prf.Add);
            metrics.Add($"{name}.f1", overall.F1, Detail(overall));
            metrics.Add($"{name}.precision", overall.Precision, Detail(overall));
            metrics.Add($"{name}.recall", overall.Recall, Detail(overall));
            foreach (var (type, prf) in counts.OrderBy(p => p.Key))
            {
                metrics.Add($"{name}.{type.ToString().ToLowerInvariant()}.f1", prf.F1, Detail(prf));
            }

            metrics.Add($"{name}.errors", errors.Total, errors.ToString());
            metrics.Add($"{name}.tokens_per_second", Speed(model, documents, set.Language), FormattableString.Invariant($"{tokens} tokens, tagged again after the scored pass, one thread"));
        }

        return metrics;
    }

    /// <summary>Tokens per second of the tagger alone over already tokenised documents (warm).</summary>
    /// <summary>The names rule "cased": a span whose last word is lower case is out of scope ("Белом доме").</summary>
    private static bool InScope(NerSet set, string[] words, NerSpan span) =>
        !set.Cased || words[span.End - 1] is not { Length: > 0 } last || !char.IsLower(last[0]);

    private static double Speed(NerModel model, List<NerDocument> documents, string language)
    {
        var prepared = documents.Select(d => d.Sentences.Select(s => NerTrainer.Join(s.Words)).ToList()).ToList();
        var labels = new byte[prepared.SelectMany(d => d).Max(s => s.Spans.Length)];
        long tokens = 0;
        var watch = Stopwatch.StartNew();
        foreach (var document in prepared)
        {
            var tagger = SentenceTaggers.For(language, model);
            foreach (var (text, spans) in document)
            {
                tagger.Tag(text, spans, labels);
                tokens += spans.Length;
            }
        }

        return tokens / Math.Max(1e-9, watch.Elapsed.TotalSeconds);
    }

    private static string Detail(Prf prf) => FormattableString.Invariant($"{prf.Correct} correct / {prf.Predicted} predicted / {prf.Gold} gold");
}
