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

    private static readonly HashSet<string> Territory = ["town", "towns", "village", "villages", "city", "area", "areas", "district", "districts", "region", "positions", "hill", "territory", "base", "countryside", "province", "neighbourhood", "neighborhood", "site", "settlement", "control"];

    /// <summary>The sub-event code, or null.</summary>
    public static string? Classify(Words w, SentenceScan scan, WeaponClass? weapon, bool civilianVictims, bool combatantVictims, bool anyCasualties)
    {
        bool Has(string code) => scan.HasTrigger(code);

        if (Has("PROTEST"))
        {
            return Has("FORCE") ? "FORCE_AGAINST_PROTEST"
                : Has("VIOL_DEMONSTR") || Has("UNRULY") || Has("PROPERTY_DISTRUCT") ? "VIOL_DEMONSTR"
                : anyCasualties ? "FORCE_AGAINST_PROTEST"
                : Has("INTERVENE") || Has("ARREST") ? "PROTEST_WITH_INTER"
                : Has("ARMED_CLASH") ? "VIOL_DEMONSTR"
                : "PEACE_PROTEST";
        }

        foreach (var code in (string[])["VIOL_DEMONSTR", "MOB_VIOL"])
        {
            if (Has(code))
            {
                return code;
            }
        }

        var impact = anyCasualties || scan.TargetNouns.Count > 0;
        var arms = Has("ARMS") || scan.Weapons.Count > 0;
        if ((Has("INTERCEPT") && !impact) || ((Has("SEIZE") || Has("CAPTURE")) && arms && !anyCasualties && !Has("STRIKE")))
        {
            return "DISR_WEAP";
        }

        foreach (var code in (string[])["SUIC_BOMB", "CHEM_WEAP", "GRENADE", "SEX_VIOL", "ABDUCT_DISSAP"])
        {
            if (Has(code))
            {
                return code;
            }
        }

        if (Has("HQ_ESTABLISHED") || (Has("ESTABLISH") && scan.TargetNouns.Exists(t => t.Value == TargetType.Military)))
        {
            return "HQ_ESTABLISHED";
        }

        if (Has("GOV_REGAINS_TERIT") || (Has("CAPTURE") && TakesTerritory(w, scan)))
        {
            var trigger = scan.Triggers.First(t => t.Value is "GOV_REGAINS_TERIT" or "CAPTURE");
            return Side(w, scan, trigger.First) switch
            {
                true => "GOV_REGAINS_TERIT",
                false => "NON_STATE_ACTOR_OVERTAKES_TER",
                null => trigger.Value == "GOV_REGAINS_TERIT" ? "GOV_REGAINS_TERIT" : "NON_STATE_ACTOR_OVERTAKES_TER",
            };
        }

        foreach (var code in (string[])["AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS"])
        {
            if (Has(code))
            {
                return code;
            }
        }

        var remote = Has("STRIKE") || Has("LAUNCH") || anyCasualties || Has("INTERCEPT") || Has("DOWNED");
        if (remote && ByWeapon(weapon) is { } byWeapon && byWeapon != "ATTACK")
        {
            return byWeapon;
        }

        if (Has("ARMED_CLASH"))
        {
            return "ARMED_CLASH";
        }

        var military = scan.TargetNouns.Exists(t => t.Value == TargetType.Military) || combatantVictims;
        if (Has("ATTACK") || (Has("STRIKE") && weapon is WeaponClass.SmallArms or WeaponClass.Other))
        {
            return military || (!civilianVictims && Mentions(w, scan, StateForces)) ? "ARMED_CLASH" : "ATTACK";
        }

        if (Has("STRIKE") && weapon is null)
        {
            // "struck", "strikes" (Ukrainian and Russian "удар") with no weapon named read as remote fire; "attacked" by people as an attack.
            return scan.Triggers.Exists(t => w.Lower[t.First].StartsWith("strik", StringComparison.Ordinal) || w.Lower[t.First].StartsWith("удар", StringComparison.Ordinal) || w.Lower[t.First] is "struck" or "pounded" or "bombarded" or "bombardment" or "fired")
                ? "ART_MISS_ATTACK"
                : military || (Mentions(w, scan, StateForces) && Mentions(w, scan, NonState)) ? "ARMED_CLASH" : "ATTACK";
        }

        if (anyCasualties && combatantVictims && !civilianVictims)
        {
            return "ARMED_CLASH";
        }

        if (anyCasualties && weapon == WeaponClass.SmallArms)
        {
            return "ATTACK";
        }

        foreach (var code in (string[])["ARREST", "AGREEMENT", "NON_VIOL_TERRIT_TRANSFER", "PROPERTY_DISTRUCT", "CHANGE_TO_GROUP_ACT", "OTHER"])
        {
            if (Has(code))
            {
                return code;
            }
        }

        return null;
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

    // A place name or a territory noun soon after the verb: "seized the town", "took control of Raqqa".
    private static bool TakesTerritory(Words w, SentenceScan scan)
    {
        foreach (var t in scan.Triggers.Where(t => t.Value is "CAPTURE"))
        {
            for (var k = t.Last + 1; k < Math.Min(scan.End, t.Last + 7); k++)
            {
                if (Territory.Contains(w.Lower[k]) || (w.IsCapitalized(k) && !w.Is(k - 1, "by")))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Who took it: the nearest side word before the verb (true = state forces, false = non-state).
    private static bool? Side(Words w, SentenceScan scan, int trigger)
    {
        for (var k = trigger - 1; k >= Math.Max(scan.Start, trigger - 12); k--)
        {
            if (NonState.Contains(w.Lower[k]))
            {
                return false;
            }

            if (StateForces.Contains(w.Lower[k]))
            {
                return true;
            }
        }

        return null;
    }

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
