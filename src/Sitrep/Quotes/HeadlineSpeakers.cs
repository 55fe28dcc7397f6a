using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// A headline that opens with a speaker and a colon reports what that speaker said ("Zelenskyy: Russia
/// launched 400 drones"). The speaker's last word must recur in the body, so a label such as
/// "Analysis:" or "Update:" is not taken for a speaker.
/// </summary>
internal static class HeadlineSpeakers
{
    /// <summary>Adds the headline's attribution, if it has one, to <paramref name="found"/>.</summary>
    public static void Read(QuoteText t, List<Attribution> found)
    {
        if (t.HeadlineSentence < 0)
        {
            return;
        }

        var headline = t.Sentences[t.HeadlineSentence];
        if (SpeakerPhrases.After(t, headline.FirstToken, allowLower: false) is not { } source
            || !t.IsChar(source.Last + 1, ':')
            || t.Text.AsSpan(headline.Span.End).IndexOf(t.Word(source.Last), StringComparison.Ordinal) < 0
            || ContentSpans.From(t, source.Last + 2) is not { } content)
        {
            return;
        }

        var attribution = new Attribution { Confidence = 0.6, Cue = t.Tokens[source.Last + 1].Span };
        attribution.SetSource(t, source);
        attribution.Parts.Add(content.Span);
        attribution.Kind = ContentSpans.KindOf(t, attribution.Parts);
        attribution.AttributionEnd = attribution.Cue.Value.End;
        found.Add(attribution);
    }
}
