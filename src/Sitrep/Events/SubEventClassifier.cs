using Sitrep.Reporting;

namespace Sitrep.Events;

/// <summary>
/// Chooses the ACLED sub-event type of a sentence from its live triggers, the weapon and the victims,
/// most specific first (ACLED's own precedence: a suicide bomb is not coded as an IED, a protest met
/// with force is not a peaceful protest). Returns null when nothing reports an event.
/// </summary>
internal static class SubEventClassifier
{
    private static readonly HashSet<string> StateForces = ["army", "troops", "forces", "military", "government", "soldiers", "police", "security", "army's", "government's"];

    private static readonly HashSet<string> NonState = ["militants", "rebels", "insurgents", "fighters", "jihadists", "guerrillas", "separatists", "militia", "militias", "gunmen", "taliban", "terrorists", "extremists"];

    /// <summary>The sub-event code, or null.</summary>
    public static string? Classify(Words w, SentenceScan scan, WeaponClass? weapon, bool civilianVictims, bool anyCasualties)
    {
        bool Has(string code) => scan.HasTrigger(code);

        if (Has("PROTEST"))
        {
            return Has("FORCE") || (anyCasualties && (Has("ATTACK") || weapon == WeaponClass.SmallArms)) ? "FORCE_AGAINST_PROTEST"
                : Has("VIOL_DEMONSTR") || Has("PROPERTY_DISTRUCT") ? "VIOL_DEMONSTR"
                : Has("INTERVENE") || Has("ARREST") ? "PROTEST_WITH_INTER"
                : Has("ARMED_CLASH") ? "VIOL_DEMONSTR"
                : "PEACE_PROTEST";
        }

        foreach (var code in (string[])["VIOL_DEMONSTR", "MOB_VIOL", "SUIC_BOMB", "CHEM_WEAP", "GRENADE", "SEX_VIOL", "ABDUCT_DISSAP"])
        {
            if (Has(code))
            {
                return code;
            }
        }

        var impact = anyCasualties || scan.TargetNouns.Count > 0;
        if (Has("INTERCEPT") && !impact)
        {
            return "DISR_WEAP";
        }

        foreach (var code in (string[])["AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS"])
        {
            if (Has(code))
            {
                return code;
            }
        }

        var remote = Has("STRIKE") || Has("LAUNCH") || anyCasualties || Has("INTERCEPT");
        if (remote && ByWeapon(weapon) is { } byWeapon)
        {
            return byWeapon;
        }

        if (Has("GOV_REGAINS_TERIT"))
        {
            return "GOV_REGAINS_TERIT";
        }

        if (Has("CAPTURE"))
        {
            return Mentions(w, scan, NonState) ? "NON_STATE_ACTOR_OVERTAKES_TER"
                : Mentions(w, scan, StateForces) ? "GOV_REGAINS_TERIT" : "NON_STATE_ACTOR_OVERTAKES_TER";
        }

        if (Has("ARMED_CLASH"))
        {
            return "ARMED_CLASH";
        }

        if (Has("ATTACK") || (Has("STRIKE") && weapon is WeaponClass.SmallArms or WeaponClass.Other))
        {
            return civilianVictims || !Mentions(w, scan, StateForces) ? "ATTACK" : "ARMED_CLASH";
        }

        if (Has("STRIKE") && weapon is null)
        {
            // "struck", "strikes" with no weapon named read as remote fire; "attacked" by people as an attack.
            return scan.Triggers.Exists(t => w.Lower[t.First].StartsWith("strik", StringComparison.Ordinal) || w.Lower[t.First] is "struck" or "pounded" or "bombarded" or "bombardment" or "fired")
                ? "ART_MISS_ATTACK"
                : Mentions(w, scan, StateForces) && Mentions(w, scan, NonState) ? "ARMED_CLASH" : "ATTACK";
        }

        foreach (var code in (string[])["ARREST", "AGREEMENT", "NON_VIOL_TERRIT_TRANSFER", "HQ_ESTABLISHED", "PROPERTY_DISTRUCT", "CHANGE_TO_GROUP_ACT", "OTHER"])
        {
            if (Has(code))
            {
                return code;
            }
        }

        return Has("INTERCEPT") ? "DISR_WEAP" : null;
    }

    /// <summary>The sub-event a weapon class implies for a remote attack.</summary>
    public static string? ByWeapon(WeaponClass? weapon) => weapon switch
    {
        WeaponClass.Drone or WeaponClass.AirStrike or WeaponClass.GuidedBomb => "AIR_STRIKE",
        WeaponClass.Missile or WeaponClass.BallisticMissile or WeaponClass.CruiseMissile or WeaponClass.Artillery or WeaponClass.Mlrs => "ART_MISS_ATTACK",
        WeaponClass.Explosive => "REM_EXPLOS",
        WeaponClass.SmallArms => "ATTACK",
        _ => null,
    };

    private static bool Mentions(Words w, SentenceScan scan, HashSet<string> words)
    {
        for (var i = scan.Start; i < scan.End; i++)
        {
            if (words.Contains(w.Lower[i]))
            {
                return true;
            }
        }

        return false;
    }
}
