using System.Collections.Immutable;
using Sitrep.Entities;
using Sitrep.Places;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// The sides of a violent event as PLOVER codes them (actor and recipient), completed after the violence
/// reader: the people a casualty phrase names belong to the side that was hit ("killed 46 Afghan
/// civilians", "wounded two British soldiers"), so their country is the event's target, and a country
/// taken for the actor from inside that phrase is moved there, the actor then read from before it
/// ("Belgian aircraft killed 12 Malian villagers"); a demonstration is directed at whom it is against, else
/// at the government of the country it is held in; an actor without a country takes the one its own
/// words name ("Egyptian police", "Chilean riot police").
/// </summary>
internal sealed class EventSides(Words w, EntityGraph? graph, ActorFinder actors, StatementArguments arguments)
{
    private readonly Dictionary<int, SentenceScan> _scans = [];

    /// <summary>Completes the actors and targets of <paramref name="drafts"/>.</summary>
    public void Complete(IEnumerable<EventDraft> drafts, ImmutableArray<Sentence> sentences)
    {
        if (graph is null)
        {
            return;
        }

        foreach (var draft in drafts)
        {
            foreach (var span in draft.EvidenceFor("actors").ToList())
            {
                AffiliateFromWords(draft, span);
                Resident(draft, span, sentences);
            }

            if (draft.Type.Category == EventCategory.Demonstration && draft.Targets.Count == 0)
            {
                ProtestedSide(draft, sentences);
            }

            if (draft.Type.Category != EventCategory.Violence || draft.Targets.Count > 0)
            {
                continue;
            }

            foreach (var victims in draft.EvidenceFor("victims").Concat(draft.EvidenceFor("killed")).Concat(draft.EvidenceFor("injured")).Distinct().ToList())
            {
                if (draft.Targets.Count > 0)
                {
                    break;
                }

                if (Sentence(sentences, victims) is { } sentence)
                {
                    HitSide(draft, sentence, WithNoun(victims, sentence));
                }
            }
        }
    }

    // "killed 46 Afghan civilians": the country the casualty phrase names is the target.
    private void HitSide(EventDraft draft, Sentence sentence, TextSpan victims)
    {
        SentenceScan? scan = null;
        for (var k = w.TokenEndingAfter(victims.Start); k < sentence.EndToken && w.Tokens[k].Start < victims.End; k++)
        {
            // A country word is capitalised: most casualty phrases ("killed two people") need no scan.
            if (!w.IsCapitalized(k) || CountryAt(scan ??= Scan(sentence), k) is not { } hit)
            {
                continue;
            }

            var target = actors.CountryEntity(hit.Country, hit.Span);
            foreach (var taken in draft.EvidenceFor("actors").Where(victims.Contains).ToList())
            {
                // The actor read from inside the casualty phrase is the victims' side.
                draft.Actors.RemoveAll(id => Entity(id) is { } e && e.FirstOverlapping(taken) is not null);
                draft.RemoveEvidence("actors", taken);
            }

            draft.Targets.Add(target.Id);
            draft.AddEvidence("targets", hit.Span);
            if (draft.Actors.Count == 0 && actors.Actor(w, scan!, k) is { } actor && actor.Id != target.Id && actor.Span.End <= victims.Start)
            {
                draft.Actors.Add(actor.Id);
                draft.AddEvidence("actors", actor.Span);
            }

            return;
        }
    }

    // A demonstration is directed at whom it is "against" ("against the Latvian government"), else at the
    // government of the country where it is held.
    private void ProtestedSide(EventDraft draft, ImmutableArray<Sentence> sentences)
    {
        foreach (var segment in draft.EvidenceFor("event").ToList())
        {
            if (Sentence(sentences, segment) is not { } sentence)
            {
                continue;
            }

            for (var k = w.TokenEndingAfter(segment.Start); k < sentence.EndToken && w.Tokens[k].Start < segment.End; k++)
            {
                if (!w.Is(k, "against"))
                {
                    continue;
                }

                var scan = Scan(sentence);
                for (var j = k + 1; j < Math.Min(sentence.EndToken, k + 9) && w.Lower[j] is not ("," or ";" or "."); j++)
                {
                    if (w.IsCapitalized(j) && CountryAt(scan, j) is { } against)
                    {
                        AddTarget(draft, against);
                        return;
                    }
                }
            }
        }

        if (ProtestedPerson(draft, sentences))
        {
            return;
        }

        if (draft.Place is { Country: { } iso } && Gazetteer.Shared.Country(iso) is { } country && draft.EvidenceFor("place").FirstOrDefault() is { End: > 0 } held)
        {
            AddTarget(draft, (new CountryName(iso, country.Name), held));
        }
    }

    // "to protest the mayor's decision", "calling for the removal of President X": the one whose act or
    // office the crowd contests is whom it is directed at, with his or her country.
    private bool ProtestedPerson(EventDraft draft, ImmutableArray<Sentence> sentences)
    {
        if (draft.EvidenceFor("event").FirstOrDefault() is not { End: > 0 } segment || Sentence(sentences, segment) is not { } sentence)
        {
            return false;
        }

        var scan = Scan(sentence);
        for (var k = w.TokenEndingAfter(segment.Start); k < sentence.EndToken; k++)
        {
            if (!Contests.Contains(w.Lower[k]))
            {
                continue;
            }

            for (var j = k + 1; j < Math.Min(sentence.EndToken, k + 6) && w.Lower[j] is not ("," or ";" or "."); j++)
            {
                if (w.IsCapitalized(j) && arguments.EntityAt(scan, j) is { } contested && Entity(contested.Id) is { Type: EntityType.Person or EntityType.Organization } entity)
                {
                    StatementArguments.AffiliateLeader(entity);
                    draft.Targets.Add(contested.Id);
                    draft.AddEvidence("targets", contested.Span);
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly HashSet<string> Contests = ["protest", "against", "removal", "resignation", "ouster", "overthrow", "dismissal", "downfall"];

    private void AddTarget(EventDraft draft, (CountryName Country, TextSpan Span) hit)
    {
        draft.Targets.Add(actors.CountryEntity(hit.Country, hit.Span).Id);
        draft.AddEvidence("targets", hit.Span);
    }

    // "killed 4" read as the count: the capitalised noun after it belongs to the phrase ("killed 4 Iraqis").
    private TextSpan WithNoun(TextSpan casualties, Sentence sentence)
    {
        var next = w.TokenEndingAfter(casualties.End);
        var last = next;
        while (last < sentence.EndToken && last - next < 2 && w.Tokens[last].Kind == TokenKind.Word && w.IsCapitalized(last))
        {
            last++;
        }

        return last > next ? new TextSpan(casualties.Start, w.Tokens[last - 1].End) : casualties;
    }

    private (CountryName Country, TextSpan Span)? CountryAt(SentenceScan scan, int k)
    {
        if (scan.Countries.Find(c => c.First <= k && k <= c.Last) is { Value: not null } named)
        {
            return (named.Value, named.Span);
        }

        return arguments.DemonymOrCountry(k) is { } iso && Gazetteer.Shared.Country(iso) is { } country
            ? (new CountryName(iso, country.Name), w.Tokens[k].Span)
            : null;
    }

    // "ethnic Hungarians marched in Slovakia": an ethnic group acts for the state it lives in.
    private void Resident(EventDraft draft, TextSpan span, ImmutableArray<Sentence> sentences)
    {
        if (Sentence(sentences, span) is not { } sentence)
        {
            return;
        }

        foreach (var id in draft.Actors)
        {
            if (Entity(id) is { } entity && entity.Mentions.Any(m => m.Span == span)
                && EthnicResidence.Of(w, arguments.Places, entity, span, sentence.FirstToken, sentence.EndToken) is { } home)
            {
                entity.Affiliation = home;
            }
        }
    }

    // "Egyptian police": an actor without a country whose own words name one.
    private void AffiliateFromWords(EventDraft draft, TextSpan span)
    {
        foreach (var id in draft.Actors)
        {
            if (Entity(id) is not { Affiliation: null, Type: not EntityType.Country } entity || !entity.HasMention(span))
            {
                continue;
            }

            // The words of the phrase and up to two before it that modify it ("Afghan rebels", "Chilean riot police").
            var first = w.TokenEndingAfter(span.Start);
            var from = first;
            while (from > 0 && first - from < 2 && w.Tokens[from - 1].Kind == TokenKind.Word && !w.Is(from - 1, "the") && !w.Is(from - 1, "a"))
            {
                from--;
            }

            for (var k = from; k < w.Tokens.Length && w.Tokens[k].Start < span.End; k++)
            {
                if (arguments.DemonymOrCountry(k) is { } iso)
                {
                    entity.Affiliation = iso;
                    return;
                }
            }
        }
    }

    // One scan per sentence: several drafts may read the same one.
    private SentenceScan Scan(Sentence sentence)
    {
        if (!_scans.TryGetValue(sentence.FirstToken, out var scan))
        {
            _scans[sentence.FirstToken] = scan = new SentenceScan(w, sentence.FirstToken, sentence.EndToken);
        }

        return scan;
    }

    private Entity? Entity(string id) => graph?[id];

    private static Sentence? Sentence(ImmutableArray<Sentence> sentences, TextSpan span)
    {
        var (lo, hi) = (0, sentences.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = sentences[mid].Span.End <= span.Start ? (mid + 1, hi) : (lo, mid);
        }

        return lo < sentences.Length && sentences[lo].Span.Contains(span) ? sentences[lo] : null;
    }
}
