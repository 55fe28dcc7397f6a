using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

// Filling an event's fields: stated in its sentence, or taken from the document's context.
internal sealed partial class ViolenceReader
{
    private static void AddCasualty(EventDraft draft, CasualtyMention c, bool shared = false)
    {
        draft.Casualties.Add(c);
        if (shared)
        {
            draft.SharedCasualties.Add(c);
        }

        draft.AddEvidence(c.Outcome == Outcome.Killed ? "killed" : "injured", c.Span);
        if (c.Category is not null)
        {
            draft.AddEvidence("victims", c.Span);
        }

        draft.Stated++;
    }

    private void FillActor(EventDraft draft, (string Id, TextSpan Span)? actor, SentenceScan scan, int trigger, bool violent)
    {
        if (actor is { } a)
        {
            draft.Actors.Add(a.Id);
            draft.AddEvidence("actors", a.Span);
            draft.Stated++;
            if (actors.Affiliation(w, scan, a.Span) is { } org && !draft.Actors.Contains(org.Id))
            {
                draft.Actors.Add(org.Id);
                draft.AddEvidence("actors", org.Span);
            }
        }
        else if (violent && _context.Actor is { } inherited)
        {
            draft.Actors.Add(inherited.Id);
            draft.AddEvidence("actors", inherited.Span);
            draft.Inherited++;
        }

        foreach (var target in actors.Targets(w, scan, trigger))
        {
            draft.Targets.Add(target.Id);
            draft.AddEvidence("targets", target.Span);
        }
    }

    private void FillWeapon(EventDraft draft, Hit<WeaponClass>? stated, bool violent)
    {
        if (stated is { } s)
        {
            draft.Weapon = s.Value;
            draft.AddEvidence("weapon", s.Span);
            draft.Stated++;
        }
        else if (violent && _context.Weapon is { } inherited && SubEventClassifier.ByWeapon(inherited.Weapon) == draft.Type.Code)
        {
            draft.Weapon = inherited.Weapon;
            draft.AddEvidence("weapon", inherited.Span);
            draft.Inherited++;
        }
    }

    private void FillDate(EventDraft draft, (string Date, DatePrecision Precision, TextSpan Span)? date)
    {
        if ((date ?? _context.Date) is { } d)
        {
            (draft.Date, draft.Precision) = (d.Date, d.Precision);
            draft.AddEvidence("date", d.Span);
            if (date is null)
            {
                draft.Inherited++;
            }
            else
            {
                draft.Stated++;
            }
        }
    }

    // People named as harmed ("the murder of Governor X") are the event's targets.
    private static void FillVictims(EventDraft draft, List<(string Id, TextSpan Span)> victims, TextSpan segment, bool whole)
    {
        foreach (var (id, span) in victims.Where(v => whole || segment.Contains(v.Span)))
        {
            if (!draft.Targets.Contains(id))
            {
                draft.Targets.Add(id);
                draft.AddEvidence("targets", span);
            }
        }
    }
}
