using Sitrep.Entities;
using Sitrep.Entities.Data;
using Sitrep.Places;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// The entities a statement names: in its subject phrase (a person if one is named there, else the
/// leftmost entity: "Russian Foreign Minister Sergey Lavrov", "Rebels in the Ivory Coast"), after its
/// predicate ("accused Europe and Ukraine") or after "by" of a passive. Each gets its country where the
/// text gives one: an entity without an affiliation takes the country the phrase names by name or
/// demonym ("Ghanaian authorities"), and a place names its country's entity ("arrived in Amman",
/// "Jakarta forced") when no entity is named.
/// </summary>
internal sealed class StatementArguments(Words w, EntityGraph? graph, ActorFinder actors, PlaceSet? places)
{
    private const int AgentWindow = 8;

    private static readonly HashSet<string> Subordinators = ["after", "before", "when", "while", "because", "although", "though", "unless", "once", "since"];

    // How far a "by" agent may stand from its passive predicate.
    private const int ByAgentWindow = 30;

    private static readonly HashSet<string> FunctionWords =
    [
        "to", "of", "for", "from", "in", "on", "at", "with", "by", "and", "or", "that", "who", "which", "as", "into", "against",
        "over", "after", "before", "the", "a", "an", "is", "are", "was", "were", "have", "has", "had", "will", "would", "not",
    ];

    /// <summary>The entity a subject phrase names.</summary>
    public (string Id, TextSpan Span)? In(SentenceScan scan, (int First, int Last) phrase)
    {
        (string Id, TextSpan Span)? first = null, person = null;
        for (var k = phrase.First; k <= phrase.Last; k++)
        {
            if (At(scan, k) is { } hit)
            {
                first ??= hit;
                if (person is null && Entity(hit.Id)?.Type == EntityType.Person)
                {
                    person = hit;
                }
            }
        }

        var found = person ?? first ?? PlaceCountry(w.Span(phrase.First, phrase.Last));
        if (found is { } f)
        {
            Affiliate(scan, f.Id, phrase.First, phrase.Last);
        }

        return found;
    }

    /// <summary>
    /// The entities named after the predicate in its clause: the first one and those joined to it by "and"
    /// or a comma ("accused Europe and Ukraine"); a trailing attribution (", officials said") ends the clause.
    /// Words of the act itself are skipped.
    /// </summary>
    public List<(string Id, TextSpan Span)> After(Sentence sentence, SentenceScan scan, int from, string? actor, (int Start, int End)? act = null)
    {
        var found = new List<(string Id, TextSpan Span)>();
        var clauseEnd = sentence.Span.End;
        for (var k = from; k < sentence.EndToken; k++)
        {
            if (act is { } a && a.Start <= k && k < a.End && found.Count == 0 && !w.IsCapitalized(k))
            {
                continue; // "refused to send troops to Iraq": what the act moves is no target ("the French hostages" are)
            }

            if (w.Lower[k] == ";" || (w.Lower[k] == "," && StatementSubject.ReportedBy(w, k, Math.Min(sentence.EndToken, k + 10)) is not null)
                || (k > from && Subordinate(k, sentence.EndToken))
                || (found.Count == 0 && k > from && w.Lower[k - 1] == "and" && !SharesObject(k - 1) && StartsClause(k)))
            {
                clauseEnd = w.Tokens[k].Start;
                break;
            }

            if ((At(scan, k) ?? PlaceActorAt(k)) is not { } hit || hit.Id == actor || IsModifier(k, hit.Span))
            {
                if (found.Count > 0 && w.Lower[k] is not ("and" or "," or "the" or "its" or "their"))
                {
                    break;
                }

                continue;
            }

            if (!found.Exists(f => f.Id == hit.Id))
            {
                Affiliate(scan, hit.Id, Math.Max(from, k - 2), LastToken(k, hit.Span));
                found.Add(hit);
            }

            k = Math.Min(sentence.EndToken - 1, LastToken(k, hit.Span));
        }

        if (found.Count == 0 && from < sentence.EndToken && PlaceCountry(new TextSpan(w.Tokens[from].Start, clauseEnd)) is { } place)
        {
            found.Add(place); // "arrived in Amman": the country of the place visited
        }

        return found;
    }

    // "demanded elections after a court cleared him", "before allowing aid convoys": a subordinate clause
    // tells when or why; its parties are not the predicate's ("after talks with Iran" is a phrase, not a clause).
    private bool Subordinate(int k, int end)
    {
        if (!Subordinators.Contains(w.Lower[k]) || k + 1 >= end)
        {
            return false;
        }

        if (w.Lower[k + 1].EndsWith("ing", StringComparison.Ordinal) && !w.IsCapitalized(k + 1))
        {
            return true;
        }

        for (var v = k + 2; v < Math.Min(end, k + 7) && w.Lower[v] is not ("," or ";"); v++)
        {
            var word = w.Lower[v];
            if (!w.IsCapitalized(v) && ((word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) || StatementLexicon.Instance.IrregularForms.ContainsKey(word)
                || word is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would"))
            {
                return true;
            }
        }

        return false;
    }

    // "established ties with and opened an embassy in Tehran": a preposition before "and" shares the object
    // named after the second verb, which is then no clause of its own.
    private bool SharesObject(int and) => and > 0 && w.Lower[and - 1] is "with" or "to" or "from" or "in" or "on" or "for" or "against";

    // "rejected the claim and said she would meet Kovacs": after "and", a verb starts a clause of its own.
    private bool StartsClause(int k) =>
        StatementSubject.ReportingVerbs.Contains(w.Lower[k]) || StatementLexicon.Instance.Predicates.TryMatch(w.Lower, k, k + 1, out _, out _)
        || (w.Lower[k].EndsWith("ed", StringComparison.Ordinal) && !w.IsCapitalized(k));

    /// <summary>
    /// The agent of a passive predicate: "was indicted by the court", "was put under investigation in Italy".
    /// A "by" agent may stand at the end of its clause, after the charge ("was accused of misusing funds,
    /// much of it embezzled, by government officials"); a country "in" which it happens only near the predicate.
    /// </summary>
    public (string Id, TextSpan Span)? Agent(SentenceScan scan, int from)
    {
        for (var k = from; k + 1 < scan.End && k < from + ByAgentWindow && w.Lower[k] != ";"; k++)
        {
            if (w.Is(k, "by") && (At(scan, k + 1) ?? At(scan, k + 2) ?? At(scan, k + 3)) is { } agent)
            {
                return agent;
            }

            if (k < from + AgentWindow && w.Is(k, "in") && (At(scan, k + 1) ?? PlaceActorAt(k + 1)) is { } place && Entity(place.Id)?.Type == EntityType.Country)
            {
                return place;
            }
        }

        return null;
    }

    private (string Id, TextSpan Span)? At(SentenceScan scan, int k)
    {
        if (graph is null || k < scan.Start || k >= scan.End)
        {
            return null;
        }

        if (actors.ActorAt(w, scan, k) is { } actor)
        {
            if (Entity(actor.Id) is { Type: EntityType.Country } && Within(actor.Span) is { } wider)
            {
                return wider; // "in Northern Ireland": the country's name is part of a region's
            }

            // An organisation entity that is only a country's name ("Uganda") is that country.
            return Entity(actor.Id) is { Type: not EntityType.Country, Affiliation: null } && PlaceCountry(actor.Span) is { } country && country.Span == actor.Span
                ? country : actor;
        }

        var person = graph.At(w.Tokens[k].Span);
        return person is null ? null : (person.Id, person.FirstOverlapping(w.Tokens[k].Span)!.Value.Span);
    }

    // The country entity of a place (not a country) whose name holds the span and more ("Northern Ireland").
    private (string Id, TextSpan Span)? Within(TextSpan span)
    {
        if (places?.At(span) is not { Kind: not PlaceKind.Country, Country: { } iso } place || Gazetteer.Shared.Country(iso) is not { } country)
        {
            return null;
        }

        var mention = place.Mentions.First(m => m.Overlaps(span));
        return mention.Start <= span.Start && mention.End >= span.End && mention.Length > span.Length
            ? (actors.CountryEntity(new CountryName(iso, country.Name), mention).Id, mention)
            : null;
    }

    // A country or region the places stage found that no entity names ("with Congo and Costa Rica",
    // "accused Europe"): the country's entity, or a group entity for the region.
    private (string Id, TextSpan Span)? PlaceActorAt(int k)
    {
        if (graph is null || places?.At(w.Tokens[k].Span) is not { Kind: PlaceKind.Country or PlaceKind.Region } place)
        {
            return null;
        }

        var mention = place.FirstOverlapping(w.Tokens[k].Span)!.Value;
        return place.Kind == PlaceKind.Country ? PlaceCountry(mention) : (actors.NamedEntity(w, EntityType.Group, mention).Id, mention);
    }

    // A lower-case entity word used as a modifier ("military aid", "police custody") names no target.
    private bool IsModifier(int k, TextSpan mention)
    {
        var next = k + 1;
        while (next < w.Tokens.Length && w.Tokens[next].Start < mention.End)
        {
            next++;
        }

        return !w.IsCapitalized(k) && next < w.Tokens.Length && w.Tokens[next].Kind == TokenKind.Word
            && !w.IsCapitalized(next) && !FunctionWords.Contains(w.Lower[next]);
    }

    private int LastToken(int k, TextSpan mention)
    {
        while (k + 1 < w.Tokens.Length && w.Tokens[k + 1].Start < mention.End)
        {
            k++;
        }

        return k;
    }

    // An entity without a country takes the one its phrase names ("Rebels in the Ivory Coast"); a
    // well-known leader the state he or she leads, and so does a body named by its leader ("the Obama
    // administration").
    private void Affiliate(SentenceScan scan, string id, int first, int last)
    {
        if (Entity(id) is not { Affiliation: null, Type: not EntityType.Country } entity)
        {
            return;
        }

        if (AffiliateLeader(entity))
        {
            return;
        }

        for (var k = first; k <= last; k++)
        {
            var hit = scan.Countries.FindIndex(c => c.First <= k && k <= c.Last);
            var named = At(scan, k) is { } other && other.Id != id && Entity(other.Id) is { Type: EntityType.Country } country ? country.Affiliation : null;
            var iso = hit >= 0 ? scan.Countries[hit].Value.Iso : named ?? DemonymOrCountry(k) ?? LeaderAt(k);
            if (iso is not null)
            {
                entity.Affiliation = iso;
                return;
            }
        }
    }

    /// <summary>Gives a well-known leader without a country the state he or she leads; true when it did.</summary>
    public static bool AffiliateLeader(Entity entity)
    {
        if (entity is not { Type: EntityType.Person, Affiliation: null } || !EntityLexicon.Instance.Leaders.TryGetValue(entity.Name, out var led))
        {
            return false;
        }

        entity.Affiliation = led;
        return true;
    }

    /// <summary>The entity named at token k: an actor the finder reads there, or a person's mention.</summary>
    public (string Id, TextSpan Span)? EntityAt(SentenceScan scan, int k) => At(scan, k);

    // The state of a well-known leader whose name (one to three tokens) starts at token k.
    private string? LeaderAt(int k)
    {
        if (!w.IsCapitalized(k))
        {
            return null;
        }

        for (var n = 3; n >= 1; n--)
        {
            if (k + n <= w.Tokens.Length && EntityLexicon.Instance.Leaders.TryGetValue(w.Text[w.Tokens[k].Start..w.Tokens[k + n - 1].End], out var iso))
            {
                return iso;
            }
        }

        return null;
    }

    /// <summary>"Ugandan" or "Uganda" at token k, read from the gazetteer (loaded by the places stage when it ran).</summary>
    public string? DemonymOrCountry(int k)
    {
        if (places is null || !w.IsCapitalized(k))
        {
            return null;
        }

        if (places.At(w.Tokens[k].Span) is { Kind: PlaceKind.Country, Country: { } iso })
        {
            return iso;
        }

        var gazetteer = Gazetteer.Shared;
        var key = PlaceKey.Of(w.Text.AsSpan(w.Tokens[k].Start, w.Tokens[k].End - w.Tokens[k].Start));
        if (gazetteer.DemonymCountry(key) is { Length: 2 } demonym)
        {
            return demonym;
        }

        // A two-word demonym ("Sri Lankan army", "South African police") read from its first word.
        if (k + 1 < w.Tokens.Length && w.IsCapitalized(k + 1)
            && gazetteer.DemonymCountry(PlaceKey.Of(w.Text.AsSpan(w.Tokens[k].Start, w.Tokens[k + 1].End - w.Tokens[k].Start))) is { Length: 2 } pair)
        {
            return pair;
        }

        // A country's name inside an organisation's name ("Montenegro Assembly").
        foreach (var hit in gazetteer.Lookup(key))
        {
            if (gazetteer.Entries[hit.Entry] is { Kind: PlaceKind.Country, Country: { } named })
            {
                return named;
            }
        }

        return null;
    }

    // The country entity of the first place named within span, when the places stage ran.
    private (string Id, TextSpan Span)? PlaceCountry(TextSpan span)
    {
        if (places is null || graph is null)
        {
            return null;
        }

        foreach (var (place, mention) in places.Within(span))
        {
            if (place.Country is { } iso && Gazetteer.Shared.Country(iso) is { } country)
            {
                return (actors.CountryEntity(new CountryName(iso, country.Name), mention).Id, mention);
            }
        }

        return null;
    }

    /// <summary>The places stage's places, when it ran.</summary>
    public PlaceSet? Places => places;

    /// <summary>The country of an entity: its own code for a country, its affiliation otherwise.</summary>
    public string? CountryOf(string id) => Entity(id)?.Affiliation;

    private Entity? Entity(string id) => graph?[id];
}
