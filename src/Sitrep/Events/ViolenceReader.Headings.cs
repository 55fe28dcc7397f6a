using System.Collections.Immutable;
using Sitrep.Places;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

// Official daily summaries open each paragraph with the place it covers ("Kupiansk district. In the village
// of ...", "Esman community: artillery shelling. ..."): that place is where the paragraph's placeless attacks are.
internal sealed partial class ViolenceReader
{
    private static readonly HashSet<string> HeadingTails = ["urban", "district", "community", "region", "raion", "hromada", "municipality", "oblast", "territorial"];

    private static readonly HashSet<string> SettlementAbbreviations = ["м.", "с.", "смт", "сел.", "г.", "пос.", "п.", "селище", "село", "місто", "город"];

    private (int Paragraph, Place Place, TextSpan Mention)? _heading;

    /// <summary>Notes the place a paragraph opens with as its heading, when the sentence starts a paragraph.</summary>
    private void NoteHeading(ImmutableArray<Sentence> sentences, int index)
    {
        var sentence = sentences[index];
        if (index > 0 && sentences[index - 1].Paragraph == sentence.Paragraph)
        {
            return;
        }

        _heading = null;
        if (places?.Within(sentence.Span).FirstOrDefault() is not { Place: not null } first || first.Place.Kind == PlaceKind.Country)
        {
            return;
        }

        // "— м. Харків.", "— с. Кіндрашівка": a list dash and a settlement abbreviation may lead.
        var k = sentence.FirstToken;
        while (k < sentence.EndToken && (w.Tokens[k].Kind == TokenKind.Dash || SettlementAbbreviations.Contains(w.Lower[k])))
        {
            k++;
        }

        if (k >= sentence.EndToken || w.Tokens[k].Start != first.Mention.Start)
        {
            return;
        }

        while (k < sentence.EndToken && w.Tokens[k].Start < first.Mention.End)
        {
            k++;
        }

        while (k < sentence.EndToken && HeadingTails.Contains(w.Lower[k]))
        {
            k++;
        }

        // "— смт Золочів Богодухівського району.": the district or region the heading's place lies in.
        while (k < sentence.EndToken && places.Within(sentence.Span).FirstOrDefault(p => p.Mention.Start == w.Tokens[k].Start) is { Place: not null } container
            && container.Place.Kind is not PlaceKind.City && container.Place != first.Place)
        {
            while (k < sentence.EndToken && w.Tokens[k].Start < container.Mention.End)
            {
                k++;
            }
        }

        if (k >= sentence.EndToken || w.Lower[k] is "." or ":")
        {
            _heading = (sentence.Paragraph, first.Place, first.Mention);
            _context.Weapon = null;  // each headed paragraph is its own incident: no weapon carries over
        }
    }

    /// <summary>The paragraph's heading place for a sentence that names none, else the sentence's own places.</summary>
    /// <remarks>
    /// A heading before a colon ("Esman community: mortar shelling.", "Білопільська громада: ворожий дрон атакував ...") is
    /// its own sentence's place too; in English not when it is a region ("Belgorod Region: consequences of attacks over the
    /// past day" heads a whole summary, the region is no incident's place).
    /// Once the paragraph has told an incident at a town of its own ("Грайворонский округ. Село Головчино подверглось
    /// обстрелу. ... Также повреждены два дома."), a later placeless sentence is about that incident, not the heading.
    /// </remarks>
    private List<(Place Place, TextSpan Mention)> OrHeading(List<(Place Place, TextSpan Mention)> local, ImmutableArray<Sentence> sentences, int index) =>
        local.Count == 0 && _heading is { } h && h.Paragraph == sentences[index].Paragraph && !ToldHere(h, sentences, index)
        && (!sentences[index].Span.Contains(h.Mention) || h.Place.Kind is not PlaceKind.Admin1 || CyrillicInflection.IsCyrillic(w.Text.AsSpan(h.Mention.Start, 1)))
        ? [(h.Place, h.Mention)] : local;

    private bool ToldHere((int Paragraph, Place Place, TextSpan Mention) heading, ImmutableArray<Sentence> sentences, int index) =>
        _context.Last is { Scope: EventScope.Incident, Place: { Kind: PlaceKind.City } place } last && place != heading.Place
        && last.LastSentence < index && sentences[last.LastSentence].Paragraph == heading.Paragraph;
}
