using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Munition counts of a sentence: "launched 129 attack drones" (launched), "23 of 31 drones were shot
/// down" and "air defence downed 85 of 129" (intercepted of launched), "shot down 85 drones" (intercepted).
/// </summary>
internal static class MunitionsReader
{
    public static (int? Launched, int? Intercepted, TextSpan? Span) Read(Words w, SentenceScan scan)
    {
        int? launched = null, intercepted = null;
        TextSpan? span = null;
        var intercept = scan.Triggers.FindIndex(t => t.Value is "INTERCEPT" or "DOWNED");

        // "N of M": intercepted of launched, when an interception is reported.
        for (var i = scan.Start; intercept >= 0 && i + 2 < scan.End; i++)
        {
            // "38 of the 46 drones": the article may stand between.
            var of = w.Is(i + 2, "the") ? i + 3 : i + 2;
            if (w.Tokens[i].Kind == TokenKind.Number && w.Is(i + 1, "of") && of < scan.End
                && Count(w, i, scan.End) is { } n && Count(w, of, scan.End) is { } m && m >= n)
            {
                return (m, n, w.Span(i, of));
            }
        }

        // Every weapon of a list has its own count ("21 missiles and 143 attack and decoy drones"); the
        // launched figure is their sum, each count taken once.
        var counted = new HashSet<int>();
        var launch = scan.Triggers.FindIndex(t => t.Value == "LAUNCH");
        var launchedFirst = launch >= 0 && intercept >= 0 && scan.Triggers[launch].First < scan.Triggers[intercept].First;
        foreach (var weapon in scan.Weapons)
        {
            // "two missile strikes and 71 air strikes" count attacks, not munitions.
            if (w.Lower.Count > weapon.Last + 1 && w.Lower[weapon.Last + 1] is "strike" or "strikes" or "attack" or "attacks" or "launches")
            {
                continue;
            }

            if (CountBefore(w, scan, weapon) is not { } at || !counted.Add(at) || Count(w, at, weapon.First) is not { } n)
            {
                continue;
            }

            // After a launch, the counts that follow the interception word are the ones brought down
            // ("випустили 7 ракет і 136 дронів, з яких збили 5 ракет та 82 дрони").
            // A subset word between a count and the interception word keeps the count launched ("120 беспилотников,
            // из них сбиты 71").
            var near = intercept >= 0 && ((Math.Abs(scan.Triggers[intercept].First - at) <= 5 && !SubsetBetween(w, at, scan.Triggers[intercept].First))
                || (launchedFirst && at > scan.Triggers[intercept].First));
            if (near)
            {
                if (intercepted is not null)
                {
                    continue;
                }

                intercepted = n;
            }
            else
            {
                launched = (launched ?? 0) + n;
            }

            var hit = w.Span(at, weapon.Last);
            span = span is { } s ? s.Union(hit) : hit;
        }

        // "ударний БпЛА влучив у двір", "керована авіабомба влучила": one weapon told by a singular past verb is one launched.
        if (launched is null && intercepted is null && SingleStrike(w, scan) is { } one)
        {
            (launched, span) = (1, one);
        }

        return (launched, intercepted, span);
    }

    private static readonly string[] SingularPast = ["ив", "ів", "ав", "ила", "ала", "іла", "ил", "ал", "ел"];

    // A Ukrainian or Russian weapon noun as the subject of a singular past-tense strike verb, with no count of its own.
    private static TextSpan? SingleStrike(Words w, SentenceScan scan)
    {
        foreach (var t in scan.Triggers)
        {
            var verb = w.Lower[t.First];
            if (t.Value != "STRIKE" || t.Length != 1 || verb.Length == 0 || verb[0] is < '\u0400' or > '\u04FF'
                || !Array.Exists(SingularPast, e => verb.EndsWith(e, StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var h in scan.Weapons)
            {
                if (h.Last < t.First && t.First - h.Last <= 4 && h.Value is Reporting.WeaponClass.Drone or Reporting.WeaponClass.Missile
                    or Reporting.WeaponClass.BallisticMissile or Reporting.WeaponClass.CruiseMissile or Reporting.WeaponClass.GuidedBomb
                    && CountBefore(w, scan, h) is null)
                {
                    return w.Span(h.First, t.Last);
                }
            }
        }

        return null;
    }

    private static readonly HashSet<string> Modifiers =
        ["and", "attack", "decoy", "combat", "strike", "kamikaze", "guided", "cruise", "ballistic", "hypersonic", "aerial", "air-launched",
         "long-range", "fixed-wing", "unmanned", "jet-powered", "anti-ship", "sea-launched", "air", "more", "other", "enemy", "russian", "ukrainian",
         // Ukrainian and Russian adjectives of a weapon phrase ("7 балістичних ракет", "64 украинских беспилотника")
         "ударних", "ударні", "ударними", "ворожих", "ворожі", "російських", "російські", "українських", "українські", "реактивних",
         "ударных", "украинских", "украинские", "вражеских", "российских", "ещё", "еще", "ще", "та", "і", "й", "и"];

    // The count token that belongs to a weapon phrase: right before it, or before its modifiers and the
    // other weapons of its noun phrase ("143 attack and decoy drones", "68 Shahed-type and decoy drones").
    private static int? CountBefore(Words w, SentenceScan scan, Hit<Reporting.WeaponClass> weapon)
    {
        for (var k = weapon.First - 1; k >= Math.Max(scan.Start, weapon.First - 5); k--)
        {
            if (w.Tokens[k].Kind == TokenKind.Number || EventLexicon.Instance.Numbers.TryMatch(w.Lower, k, k + 1, out _, out _))
            {
                return k;
            }

            var partOfPhrase = Modifiers.Contains(w.Lower[k]) || scan.Weapons.Exists(h => h.First <= k && k <= h.Last)
                || (w.IsCapitalized(k) && w.Lower[k].Contains('-', StringComparison.Ordinal));
            if (!partOfPhrase || (w.Is(k, "and") && k == weapon.First - 1 && k - 1 >= scan.Start && w.Tokens[k - 1].Kind == TokenKind.Number))
            {
                return null;
            }
        }

        return null;
    }

    private static bool SubsetBetween(Words w, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (w.Lower[k] is "них" or "яких" or "которых" or "котрих" or "which" or "them")
            {
                return true;
            }
        }

        return false;
    }

    private static int? Count(Words w, int i, int end) =>
        QuantityReader.TryRead(w, i, Math.Max(end, i + 1), out var q, out _) && q.Max == q.Best ? q.Best : null;
}
