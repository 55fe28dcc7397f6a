using Sitrep.Reporting;

namespace Sitrep.Evaluation.Articles;

/// <summary>
/// Keyword classes for the fields the gold writes as free text: weapons (a set of coarse classes, since
/// "missiles and drones" names two) and targets (the five classes the scoring rules name).
/// </summary>
public static class FieldClasses
{
    /// <summary>The target classes the gold's target text is read into; other predicted types count as "none of these".</summary>
    public static readonly IReadOnlyList<string> ScoredTargets = ["residential", "health care", "transport", "energy", "port"];

    private static readonly (string Class, string[] Keys)[] WeaponKeys =
    [
        ("glide bomb", ["glide bomb", "guided bomb", "guided aerial bomb", "aerial bomb", "kab", "fab-"]),
        ("mlrs", ["mlrs", "multiple rocket", "grad", "uragan", "smerch", "vampire", "himars", "rocket launcher"]),
        ("drone", ["drone", "uav", "shahed", "geran", "lancet", "loitering", "fpv", "quadcopter", "uncrewed", "unmanned", "бпла", "дрон", "шахед"]),
        ("missile", ["missile", "iskander", "kinzhal", "kalibr", "kh-", "s-300", "tochka", "atacms", "storm shadow", "ракет"]),
        ("artillery", ["artillery", "shell", "mortar", "howitzer", "cannon", "artilery", "артилер", "обстріл", "обстрел", "міномет", "миномет"]),
        ("air strike", ["air strike", "airstrike", "aircraft", "bomber", "aviation"]),
        ("explosive", ["explosive", "mine", "ied", "grenade"]),
        ("small arms", ["rifle", "gunfire", "small arms", "sniper"]),
    ];

    private static readonly (string Class, string[] Keys)[] TargetKeys =
    [
        ("port", ["port", "grain terminal", "harbour", "harbor", "berth", "dock"]),
        ("energy", ["energy", "power", "substation", "electric", "refinery", "oil", "fuel", "gas", "gas production", "thermal plant", "heating plant"]),
        ("health care", ["hospital", "clinic", "ambulance", "medical", "maternity"]),
        ("transport", ["railway", "rail", "train", "station", "bus", "car", "vehicle", "truck", "bridge", "road", "minibus", "tram"]),
        ("residential", ["residential", "apartment", "house", "home", "storey", "story", "dwelling", "building", "flat", "dormitory", "courtyard", "yard"]),
    ];

    /// <summary>Weapon classes named in a gold weapon text (empty when none).</summary>
    public static IReadOnlySet<string> GoldWeapons(string? text) => Classes(text, WeaponKeys);

    /// <summary>The coarse class of a predicted weapon (ballistic and cruise missiles are missiles).</summary>
    public static IReadOnlySet<string> PredictedWeapons(WeaponClass? weapon) => weapon switch
    {
        null => new HashSet<string>(),
        WeaponClass.BallisticMissile or WeaponClass.CruiseMissile or WeaponClass.Missile => new HashSet<string> { "missile" },
        WeaponClass.GuidedBomb => new HashSet<string> { "glide bomb" },
        WeaponClass.Mlrs => new HashSet<string> { "mlrs" },
        WeaponClass.AirStrike => new HashSet<string> { "air strike" },
        WeaponClass.SmallArms => new HashSet<string> { "small arms" },
        _ => new HashSet<string> { ReportJson.NameOf(weapon.Value) },
    };

    /// <summary>Right when both are empty, or one side's classes contain the other's.</summary>
    public static bool WeaponRight(IReadOnlySet<string> gold, IReadOnlySet<string> predicted) =>
        gold.Count == 0 ? predicted.Count == 0 : predicted.Count > 0 && (gold.IsSupersetOf(predicted) || predicted.IsSupersetOf(gold));

    /// <summary>The scored target classes a gold target text names (empty when none).</summary>
    public static IReadOnlySet<string> GoldTargets(string? text) => Classes(text, TargetKeys);

    /// <summary>Right when the predicted type is one the gold names, or neither names a scored class.</summary>
    public static bool TargetRight(IReadOnlySet<string> gold, TargetType? predicted)
    {
        var name = predicted is { } t ? ReportJson.NameOf(t) : null;
        var scored = name is not null && ScoredTargets.Contains(name);
        return gold.Count == 0 ? !scored : scored && gold.Contains(name!);
    }

    private static HashSet<string> Classes(string? text, (string Class, string[] Keys)[] table)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return found;
        }

        var lower = text.ToLowerInvariant();
        foreach (var (name, keys) in table)
        {
            if (keys.Any(k => AtWordStart(lower, k)))
            {
                found.Add(name);
            }
        }

        return found;
    }

    /// <summary>True when <paramref name="key"/> occurs where a word starts ("car" in "cars", not in "carried" or "care" in "health care").</summary>
    private static bool AtWordStart(string text, string key)
    {
        for (var at = text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = text.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            var end = at + key.Length;
            var startsWord = at == 0 || !char.IsLetter(text[at - 1]);
            var wordGoesOn = end < text.Length && char.IsLetter(text[end]);
            if (startsWord && (!wordGoesOn || key.Length > 3 || PluralOrInflected(text, end)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PluralOrInflected(string text, int end) =>
        text[end] == 's' && (end + 1 == text.Length || !char.IsLetter(text[end + 1]));
}
