using Sitrep.Entities.Ner;
using Sitrep.Text;

namespace Sitrep.Entities.Resolution;

/// <summary>Runs the document language's tagger (the NER model, or the Cyrillic rules) over every sentence and collects the tagged names.</summary>
internal static class NameTagging
{
    /// <summary>Fills <see cref="EntityContext.Names"/>.</summary>
    public static void Run(EntityContext context, NerModel model)
    {
        var tagger = SentenceTaggers.For(context.Document.Language, model);
        var tokens = context.Tokens;
        var spans = new TextSpan[64];
        var labels = new byte[64];
        foreach (var sentence in context.Document.Sentences)
        {
            var count = sentence.TokenCount;
            if (spans.Length < count)
            {
                (spans, labels) = (new TextSpan[count * 2], new byte[count * 2]);
            }

            for (var i = 0; i < count; i++)
            {
                spans[i] = tokens[sentence.FirstToken + i].Span;
            }

            tagger.Tag(context.Document.Text, spans.AsSpan(0, count), labels.AsSpan(0, count));
            var first = sentence.FirstToken;
            NerDecoder.Spans(labels.AsSpan(0, count), (start, end, type) =>
            {
                type = type == NerType.Person && NamedAsPlace(context, first + start, first + end) ? NerType.Location : type;
                context.Names.Add(new NamedSpan(first + start, first + end, type));
                if (type == NerType.Location)
                {
                    context.Graph.AddLocationName(first + start, first + end);
                }
            });
        }
    }

    private static readonly HashSet<string> PlaceKinds = ["district", "region", "oblast", "raion", "community", "hromada", "municipality", "province"];

    private static readonly HashSet<string> SettlementWords = ["village", "town", "settlement", "city", "hamlet"];

    // "Krasnaya Yaruga district", "the settlement of Krasnaya Yaruga": a name with a place's kind word is no person,
    // however the tagger read it (unfamiliar transliterated names are tagged as people).
    private static bool NamedAsPlace(EntityContext context, int start, int end)
    {
        var lower = context.Lower;
        var kindAfter = end < lower.Length && PlaceKinds.Contains(lower[end]);
        var kindBefore = start >= 2 && lower[start - 1] == "of" && SettlementWords.Contains(lower[start - 2]);
        return kindAfter || kindBefore;
    }
}
