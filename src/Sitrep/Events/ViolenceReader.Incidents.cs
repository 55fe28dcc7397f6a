using Sitrep.Places;
using Sitrep.Reporting;

namespace Sitrep.Events;

// After the last sentence: each incident's casualties on one event, and no event for a bare re-mention.
internal sealed partial class ViolenceReader
{
    /// <summary>
    /// Casualties a sentence gave to an attack by several weapons move to the event of the same
    /// incident (place and day) that reports its own casualties, so the incident counts them once:
    /// "drones and missiles ..., killing three in Odesa. In Odesa, a missile ... killed two ...".
    /// </summary>
    private void SettleSharedCasualties()
    {
        foreach (var draft in _drafts.Where(d => d.SharedCasualties.Count > 0 && d.Scope == EventScope.Incident && d.Place is not null))
        {
            var owner = _drafts.Find(o => o != draft && o.Scope == EventScope.Incident && o.Type.Category == EventCategory.Violence
                && o.Place == draft.Place && SameDay(o, draft) && o.Casualties.Count > o.SharedCasualties.Count);
            if (owner is null)
            {
                continue;
            }

            var moved = draft.SharedCasualties.ToList();
            draft.RemoveCasualties(moved);
            foreach (var c in moved)
            {
                AddCasualty(owner, c);
            }
        }
    }

    /// <summary>
    /// A placeless mention told before any incident ("Drone strike kills four" above the lead that names
    /// the village) belongs to the first placed incident of the same day and kind that follows it in the story.
    /// </summary>
    private void AttachPlaceless()
    {
        foreach (var draft in _drafts.Where(IsPlacelessIncident).ToList())
        {
            var next = _drafts.Find(o => o != draft && o.Place is not null && o.Scope == EventScope.Incident
                && o.Type.Category == EventCategory.Violence && o.FirstSentence > draft.FirstSentence && SameDay(o, draft) && SameType(o, draft));
            if (next is not null)
            {
                next.Absorb(draft);
                _drafts.Remove(draft);
            }
        }
    }

    /// <summary>
    /// A mention of one attack placed only at a region ("killing a man in the Belgorod region" in the lead)
    /// tells the incident the story places at a town of that region, when that town's is the only incident
    /// of its day and kind there. With two or more such towns, or told as several attacks ("six injured in
    /// drone attacks in the Sumy region"), the region's figures are its own and stay.
    /// </summary>
    private void AttachRegional()
    {
        foreach (var draft in _drafts.Where(d => d.Scope == EventScope.Incident && d.Type.Category == EventCategory.Violence
            && d.Place is { Kind: PlaceKind.Admin1 } && !d.Several).ToList())
        {
            var towns = _drafts.Where(o => o != draft && o.Scope == EventScope.Incident && o.Place is { } p && PlaceContainment.IsTown(p)
                && PlaceContainment.Within(p, draft.Place!) && SameDay(o, draft) && SameType(o, draft) && SameMeans(o, draft)).Take(2).ToList();
            if (towns.Count == 1)
            {
                towns[0].Absorb(draft);
                _drafts.Remove(draft);
            }
        }
    }

    // A drone attack on the region is not the town's missile strike, though both are remote violence.
    private static bool SameMeans(EventDraft a, EventDraft b) =>
        a.Weapon is null || b.Weapon is null || SubEventClassifier.ByWeapon(a.Weapon) == SubEventClassifier.ByWeapon(b.Weapon);

    /// <summary>
    /// ACLED codes no event without a place: an incident whose mentions never name one, in a story that
    /// places its other attacks of that kind, is a background or repeated mention ("the spokesman said only
    /// military sites were struck"), not an incident of its own. A placeless attack of another kind (a bomb
    /// in a story of a kidnapping) stays.
    /// </summary>
    private void DropPlaceless() =>
        _drafts.RemoveAll(d => IsPlacelessIncident(d)
            && _drafts.Exists(o => o.Type.Category == EventCategory.Violence && o.Place is not null && SameType(o, d)));

    /// <summary>
    /// A nationwide wave ("Russia launched 143 drones and 21 missiles overnight") names no place of its
    /// own: it is in the country that holds the day's incidents, when the story names that country.
    /// Then each incident of the same day inside the summary's area points at it.
    /// </summary>
    private void LinkSummaries()
    {
        var summaries = _drafts.Where(d => d.Scope == EventScope.Summary && d.Type.Category == EventCategory.Violence).ToList();
        foreach (var summary in summaries.Where(s => s.Place is null))
        {
            var country = _drafts.Where(d => d.Scope == EventScope.Incident && d.Place?.Country is not null && SameDay(d, summary))
                .GroupBy(d => d.Place!.Country).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            if (country is not null && places?.Places.FirstOrDefault(p => p.Kind == PlaceKind.Country && p.Country == country) is { } named)
            {
                summary.Place = named;
            }
        }

        foreach (var incident in _drafts.Where(d => d.Scope == EventScope.Incident && d.Place is not null && d.Type.Category == EventCategory.Violence))
        {
            incident.PartOf = summaries.Find(s => s.Date is not null && s.Date == incident.Date
                && (s.Place is null || PlaceContainment.Within(incident.Place!, s.Place)));
        }
    }

    private static bool IsPlacelessIncident(EventDraft d) =>
        d.Type.Category == EventCategory.Violence && d.Scope == EventScope.Incident && d.Place is null;
}
