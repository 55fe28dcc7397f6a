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
    /// An incident with no place, casualties or munitions on a day that already has violent events
    /// ("Russian forces struck only military infrastructure, the spokesman said") speaks about those
    /// attacks again; ACLED codes no event without a place, so it is dropped.
    /// </summary>
    private void DropRepeatedMentions() =>
        _drafts.RemoveAll(d => d.Type.Category == EventCategory.Violence && d.Scope == EventScope.Incident
            && d.Place is null && d.Casualties.Count == 0 && d.Launched is null && d.Intercepted is null
            && _drafts.Exists(o => o != d && o.Type.Category == EventCategory.Violence && o.Date is not null && o.Date == d.Date
                && (o.Place is not null || o.Casualties.Count > 0)));
}
