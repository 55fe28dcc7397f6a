using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Places;
using Sitrep.Reporting;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>
/// Reads violent, demonstration and strategic events sentence by sentence. A sentence with two places
/// ("a hospital in A, along with a depot in B") gives one event per place; a sentence that only adds
/// casualties ("Their father was also killed") extends the event of the sentence before; events with
/// the same place, day and sub-event type merge, and a nationwide total stays apart as a summary.
/// </summary>
internal sealed partial class ViolenceReader(Words w, ActorFinder actors, PlaceSet? places, ImmutableArray<TimeExpression> times)
{
    private readonly List<EventDraft> _drafts = [];
    private readonly EventContext _context = new();

    public List<EventDraft> Read(ImmutableArray<Sentence> sentences)
    {
        for (var s = 0; s < sentences.Length; s++)
        {
            NoteHeading(sentences, s);
            ReadSentence(sentences, s);
        }

        AttachPlaceless();
        AttachRegional();
        SettleSharedCasualties();
        DropPlaceless();
        LinkSummaries();
        return _drafts;
    }

    private void ReadSentence(ImmutableArray<Sentence> sentences, int index)
    {
        var sentence = sentences[index];
        var scan = new SentenceScan(w, sentence.FirstToken, sentence.EndToken);
        var casualties = CasualtyReader.Read(w, scan.Start, scan.End).Where(c => !Blocked(scan, c)).ToList();
        if ((scan.Triggers.Count == 0 && casualties.Count == 0) || Retraction.In(w, scan.Start, scan.End))
        {
            return;
        }

        var (named, country) = SentencePlaces.Of(w, places, sentence.Span, sentence.FirstToken);
        var local = OrHeading(named, sentences, index);
        if (scan.Triggers.Count == 0 && named.Count == 0 && _context.Last is { } last
            && last.LastSentence == index - 1 && sentences[index - 1].Paragraph == sentence.Paragraph)
        {
            Continue(last, casualties, index);
            return;
        }

        var stated = scan.Weapons.Count > 0 ? scan.Weapons[0] : (Hit<WeaponClass>?)null;
        var weapon = stated?.Value ?? _context.Weapon?.Weapon;
        var code = SubEventClassifier.Classify(w, scan, weapon, casualties.Exists(c => c.Category is VictimCategory.Civilian or VictimCategory.Child or VictimCategory.Woman or VictimCategory.Man), casualties.Exists(c => c.Category is VictimCategory.Soldier or VictimCategory.Police), casualties.Count > 0);
        if (code is null || !AcledType.ByCode.TryGetValue(code, out var type))
        {
            return;
        }

        var munitions = MunitionsReader.Read(w, scan);
        var severalWeapons = scan.Weapons.Select(h => SubEventClassifier.ByWeapon(h.Value)).Distinct().Count() > 1;
        var violent = type.Category == EventCategory.Violence;
        if (violent && !HasSubstance(scan, casualties, local, stated, munitions.Launched ?? munitions.Intercepted))
        {
            return;
        }

        // A tally of many attacks ("386 strikes on 12 settlements of the region over the past day") is one
        // summary at the region it covers, not an incident per town it lists; so is a wave launched at several
        // regions at once ("142 drones and 18 missiles, killing five in the Odesa and Kharkiv regions"). A
        // town's own tally ("Kozinka came under fire 12 times") stays an incident there, and a span alone
        // ("over the past day") makes a tally only with figures to sum.
        var tally = violent && ((Tally.In(w, scan.Start, scan.End, out var counted)
                && (counted || casualties.Count > 0 || munitions.Launched is not null)
                && !local.Exists(p => PlaceContainment.IsTown(p.Place)))
            || (munitions.Launched is not null && local.Count(p => p.Place.Kind == PlaceKind.Admin1) >= 2));

        // "21 drones were destroyed over the Bryansk region": an interception subtotal belongs to the
        // day's summary, not to an incident of its own, when nothing was hit.
        var subtotal = violent && casualties.Count == 0 && scan.TargetNouns.Count == 0 && scan.Weapons.Count > 0
            && scan.Triggers.TrueForAll(t => t.Value is "INTERCEPT" or "DOWNED" || w.Lower[t.First] is "destroyed")
            && (!scan.HasTrigger("DOWNED") || munitions.Launched is not null || munitions.Intercepted is not null);
        if (tally || subtotal)
        {
            local = subtotal ? [] : RegionOf(local);
        }

        var main = scan.Triggers.FindIndex(t => t.Value == code);
        main = main >= 0 ? main : scan.Triggers.FindIndex(t => t.Value is not ("ARMS" or "NOTHING" or "INTERVENE" or "FORCE" or "UNRULY"));
        var trigger = main >= 0 ? scan.Triggers[main] : (Hit<string>?)null;
        var triggerToken = trigger?.First ?? scan.Start;
        var date = DateIn(sentence.Span);
        var actor = actors.Actor(w, scan, triggerToken);
        var segments = Segments(scan, local);
        var victims = violent ? NamedVictims.Find(w, scan, actors.Graph, actors) : [];
        for (var k = 0; k < segments.Count; k++)
        {
            var (first, end, place) = segments[k];
            var segment = w.Span(first, end - 1);
            var plural = trigger is { } t && w.Lower[t.Last].EndsWith('s') && w.Lower[t.Last] != "was";
            // The struck object: the first target noun after the trigger, else the first of the segment.
            var targetNoun = scan.TargetNouns.Find(n => n.First >= Math.Max(first, triggerToken) && n.First < end);
            targetNoun = targetNoun.Length > 0 ? targetNoun : scan.TargetNouns.Find(n => n.First >= first && n.First < end);
            var summary = tally || subtotal || (place is null && targetNoun.Length == 0 && (munitions.Launched is not null || plural || country is not null && casualties.Count > 0));
            var own = segments.Count > 1 ? WeaponBeside(scan, local, k) : null;
            var draft = new EventDraft(TypedByMeans(type.Code) && ByOwn(own) is { } ot ? ot : type, summary ? EventScope.Summary : EventScope.Incident, index, segment)
            {
                Detail = trigger is null,
                Several = plural,
                Anaphor = trigger is { } at && at.First > scan.Start && w.Lower[at.First - 1] is "the" or "this" or "that",
                // "attacks" with no weapon yet: the sub-event type may come from a later sentence of the same event.
                Generic = violent && stated is null && weapon is null && trigger is { Value: "STRIKE" or "LAUNCH" },
            };
            if (trigger is { } tr)
            {
                draft.AddEvidence("subEventType", tr.Span);
            }

            var where = place ?? (summary || local.Count == 0 ? country : null);
            if (where is { } p)
            {
                draft.Place = p.Place;
                draft.AddEvidence("place", p.Mention);
                draft.Stated++;
            }

            FillActor(draft, actor, scan, triggerToken, violent);
            FillWeapon(draft, own ?? stated, violent);
            if (violent)
            {
                // Every weapon the segment names is evidence of the means ("dynamite and grenades").
                foreach (var other in scan.Weapons.Where(h => h.First >= first && h.First < end && !scan.Perpetrators.Exists(p => p.First == h.First)))
                {
                    draft.AddEvidence("weapon", other.Span);
                }
            }

            FillDate(draft, date);
            FillVictims(draft, victims, segment, segments.Count == 1);
            if (targetNoun.Length > 0)
            {
                draft.TargetType = targetNoun.Value;
                draft.AddEvidence("targetType", TargetPhrase.Of(w, scan, targetNoun));
                draft.Stated++;
            }

            if (munitions.Span is { } ms && (segments.Count == 1 ? k == 0 : segment.Contains(ms.Start)))
            {
                (draft.Launched, draft.Intercepted) = (munitions.Launched, munitions.Intercepted);
                draft.AddEvidence("munitions", ms);
            }

            foreach (var c in casualties.Where(c => segment.Contains(c.Span) || segments.Count == 1))
            {
                AddCasualty(draft, c, severalWeapons);
            }

            Merge(draft);
        }

        // The unit that shoots drones down is no attacker for the incidents that follow.
        if (actor is { } a && violent)
        {
            _context.Actor = a;
        }

        // A tally ("two missile strikes and 71 air strikes ... 3,100 drones") names the day's weapons, not the next incident's.
        if (stated is { } sw && violent && !tally)
        {
            _context.Weapon = (sw.Value, sw.Span);
        }

        if (date is { } d)
        {
            _context.Date = d;
        }
    }

    private void Continue(EventDraft last, List<CasualtyMention> casualties, int index)
    {
        foreach (var c in casualties)
        {
            AddCasualty(last, c);
        }

        last.LastSentence = index;
    }

    private (string, DatePrecision, TextSpan)? DateIn(TextSpan sentence)
    {
        foreach (var t in times)
        {
            if (sentence.Contains(t.Span))
            {
                return (t.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.Precision, t.Span);
            }
        }

        return null;
    }

    // A bare "strike" with nothing else ("each such strike undermines trust") reports no incident.
    private static bool HasSubstance(SentenceScan scan, List<CasualtyMention> casualties, List<(Place, TextSpan)> local, Hit<WeaponClass>? weapon, int? munitions) =>
        casualties.Count > 0 || local.Count > 0 || scan.TargetNouns.Count > 0 || weapon is not null || munitions is not null
        || scan.Triggers.Exists(t => t.Value is not ("STRIKE" or "LAUNCH"));

    private bool Blocked(SentenceScan scan, CasualtyMention c)
    {
        var token = w.Tokens.AsSpan().BinarySearch(new Token(new TextSpan(c.Span.Start, c.Span.Start), default, false), TokenComparer.Instance);
        return token >= 0 && Modality.Blocks(w, scan.Start, token);
    }

    /// <summary>The one region a tally covers: a named region, else the region of the towns it lists (when the document names it).</summary>
    private List<(Place Place, TextSpan Mention)> RegionOf(List<(Place Place, TextSpan Mention)> local)
    {
        if (local.Find(p => p.Place.Kind == PlaceKind.Admin1) is { Place: not null } region)
        {
            return [region];
        }

        var admin1 = local.Select(p => p.Place.Admin1).FirstOrDefault(a => a is not null);
        var named = places?.Places.FirstOrDefault(p => p.Kind == PlaceKind.Admin1 && p.Name == admin1);
        return named is null ? [] : [(named, local[0].Mention)];
    }

    /// <summary>One token range per place; with fewer than two places, the whole sentence.</summary>
    private List<(int First, int End, (Place Place, TextSpan Mention)? Place)> Segments(SentenceScan scan, List<(Place Place, TextSpan Mention)> local)
    {
        if (local.Count < 2)
        {
            return [(scan.Start, scan.End, local.Count == 1 ? local[0] : null)];
        }

        var segments = new List<(int, int, (Place, TextSpan)?)>();
        var first = scan.Start;
        for (var k = 0; k < local.Count; k++)
        {
            var end = k == local.Count - 1 ? scan.End : Math.Min(w.TokenFrom(local[k].Mention.End), scan.End);
            segments.Add((first, end, local[k]));
            first = end;
        }

        return segments;
    }

    // Each place of a listing sentence keeps the weapon named beside it ("five air strikes on A, 241
    // drones attacked B", "shelled A with artillery, and drones attacked B"): the nearest one between the
    // places before and after it.
    private Hit<WeaponClass>? WeaponBeside(SentenceScan scan, List<(Place Place, TextSpan Mention)> local, int k)
    {
        var (start, end) = (local[k].Mention.Start, local[k].Mention.End);
        var low = k > 0 ? local[k - 1].Mention.End : w.Tokens[scan.Start].Start;
        var high = k < local.Count - 1 ? local[k + 1].Mention.Start : w.Tokens[scan.End - 1].End;
        Hit<WeaponClass>? best = null;
        var distance = int.MaxValue;
        foreach (var h in scan.Weapons)
        {
            if (h.Span.Start < low || h.Span.End > high)
            {
                continue;
            }

            var d = h.Span.End <= start ? start - h.Span.End : h.Span.Start - end;
            if (d >= 0 && d < distance)
            {
                (best, distance) = (h, d);
            }
        }

        return best;
    }

    // Shelling and air strikes differ only by their means, so a place's own weapon settles which it is.
    private static bool TypedByMeans(string code) => code is "AIR_STRIKE" or "ART_MISS_ATTACK";

    private static AcledType? ByOwn(Hit<WeaponClass>? own) =>
        own is { } h && SubEventClassifier.ByWeapon(h.Value) is { } c && TypedByMeans(c) ? AcledType.ByCode[c] : null;

    private void Merge(EventDraft draft)
    {
        // "Air defence shot down 23 of 31": the interceptions also belong to the day's attack.
        if (draft.Type.Code == "DISR_WEAP" && draft.Intercepted is not null
            && _drafts.LastOrDefault(d => d.Type.Category == EventCategory.Violence && d.Intercepted is null && SameDay(d, draft) && (d.Weapon is null || d.Weapon == draft.Weapon)) is { } attack)
        {
            attack.Launched ??= draft.Launched;
            attack.Intercepted = draft.Intercepted;
            foreach (var e in draft.EvidenceFor("munitions"))
            {
                attack.AddEvidence("munitions", e);
            }
        }

        // A detail with no place of its own ("At least 37 people were wounded across the city", "The
        // toll climbed through the morning") belongs to the incident the story is telling at that point.
        // So does a mention placed only at the document's focus: a name the gazetteer lacks with no container
        // ("in the Kyivskyi district") is most likely a part of the place the story is telling.
        if (draft.Type.Category == EventCategory.Violence && draft.Scope == EventScope.Incident
            && (draft.Place is null || CityPart(draft.Place))
            && Focus(draft) is { } focus && (draft.Place is null || (focus.Place!.Kind == PlaceKind.City && PartOf(draft.Place, focus.Place))))
        {
            focus.Absorb(draft);
            _context.Last = focus;
            return;
        }

        foreach (var existing in _drafts)
        {
            if (SameType(existing, draft) && existing.Scope == draft.Scope && SameDay(existing, draft) && SamePlace(existing, draft))
            {
                existing.Absorb(draft);
                Told(existing);
                return;
            }
        }

        _drafts.Add(draft);
        Told(draft);
    }

    // Only an attack is the incident a later detail continues: a protest or a base in between ("the emergency
    // headquarters said nobody was hurt") leaves the story telling the attack before it.
    private void Told(EventDraft draft)
    {
        if (draft.Type.Category == EventCategory.Violence || _context.Last?.Type.Category != EventCategory.Violence)
        {
            _context.Last = draft;
        }
    }

    // One incident, one event: a drone-and-missile barrage told as "missile strike" in one sentence and
    // "drone attack" in the next is still one event when place and day agree.
    // A generic "attacked" takes any violent type but a change of territory: "troops liberated X" is no attack's other mention.
    private static bool SameType(EventDraft a, EventDraft b) =>
        a.Type == b.Type || ((((a.Generic || b.Generic) && !Territorial(a) && !Territorial(b)) || (Remote(a) && Remote(b)))
            && a.Type.Category == EventCategory.Violence && b.Type.Category == EventCategory.Violence);

    private static bool Territorial(EventDraft d) => d.Type.Code is "GOV_REGAINS_TERIT" or "NON_STATE_ACTOR_OVERTAKES_TER";

    private static bool Remote(EventDraft d) => d.Type.EventType == "Explosions/Remote violence";

    private static bool SameDay(EventDraft a, EventDraft b) => a.Date is null || b.Date is null || a.Date == b.Date;

    // "The assault was the third on the capital this month": a definite mention dated only by the month (or year)
    // that holds the incident's day is still that incident.
    private static bool Around(EventDraft coarse, EventDraft day) =>
        coarse.Date is { } c && day.Date is { } d && coarse.Precision switch
        {
            DatePrecision.Month => c.AsSpan(0, 7).SequenceEqual(d.AsSpan(0, 7)),
            DatePrecision.Year => c.AsSpan(0, 4).SequenceEqual(d.AsSpan(0, 4)),
            _ => false,
        };

    // Incidents merge only at the same known place (a region's own figures are not a town's: "six injured
    // in the Sumy region" and "a depot in Konotop" are two events); summaries also when one names no place.
    private static bool SamePlace(EventDraft a, EventDraft b) =>
        a.Scope == EventScope.Summary ? a.Place is null || b.Place is null || a.Place == b.Place : a.Place is not null && a.Place == b.Place;

    // "the Kyivskyi district", "in Dniprovskyi district", "Kharkiv's Kyivskyi district", "в Основ'янському районі": a
    // district name the gazetteer lacks, placed at the document's focus or inside a named city. City districts are
    // named by adjectives ("Dniprovskyi", "Holosiivskyi"), which is what tells one from an unknown village.
    private static bool CityPart(Place place) =>
        place is { Kind: PlaceKind.Other, Rule: { } rule }
        && (rule.StartsWith("document focus", StringComparison.Ordinal) || rule.StartsWith("within ", StringComparison.Ordinal))
        && (place.Name.EndsWith(" district", StringComparison.OrdinalIgnoreCase) || place.Name.EndsWith(" районі", StringComparison.OrdinalIgnoreCase)
            || place.Name.EndsWith(" районе", StringComparison.OrdinalIgnoreCase) || DistrictAdjective(place.Name));

    private static bool DistrictAdjective(string name) =>
        !name.Contains(' ', StringComparison.Ordinal) && (name.EndsWith("skyi", StringComparison.Ordinal) || name.EndsWith("sky", StringComparison.Ordinal));

    // A district at the focus belongs to whatever city the story tells; one placed inside a city only to that city.
    private static bool PartOf(Place district, Place city) =>
        district.Rule!.StartsWith("document focus", StringComparison.Ordinal) || district.Rule == "within " + city.Name;

    /// <summary>The incident the story is telling when <paramref name="draft"/> comes: the last one touched, on the same day.</summary>
    /// <remarks>A casualty-only detail joins any violent incident; a mention with an attack word only one of a compatible type
    /// ("a bomb exploded ... gunmen kidnapped" are two incidents).</remarks>
    private EventDraft? Focus(EventDraft draft) =>
        _context.Last is { Scope: EventScope.Incident, Place: not null } last && last.Type.Category == EventCategory.Violence
        && (SameDay(last, draft) || (draft.Anaphor && Around(draft, last)))
        && (SameType(last, draft) || draft.Anaphor || (draft.Detail && last.Type.EventType == draft.Type.EventType)) ? last : null;

    private sealed class TokenComparer : IComparer<Token>
    {
        public static readonly TokenComparer Instance = new();

        public int Compare(Token x, Token y) => x.Start.CompareTo(y.Start);
    }
}
