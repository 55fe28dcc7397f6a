using Sitrep.Reporting;

namespace Sitrep.Events;

/// <summary>
/// Every lexicon match of one sentence, found in one left-to-right pass: triggers (with their
/// modality), weapons, target nouns, countries and munition counts. Longest match wins, so
/// "attack drones" is a weapon, not a trigger followed by a weapon.
/// </summary>
internal sealed class SentenceScan
{
    public SentenceScan(Words w, int start, int end)
    {
        (Start, End) = (start, end);
        var lexicon = EventLexicon.Instance;
        for (var i = start; i < end; i++)
        {
            var weapon = lexicon.Weapons.TryMatch(w.Lower, i, end, out var wl, out var wv) ? wl : 0;
            var trigger = lexicon.Triggers.TryMatch(w.Lower, i, end, out var tl, out var tv) ? tl : 0;
            var target = lexicon.Targets.TryMatch(w.Lower, i, end, out var gl, out var gv) ? gl : 0;
            var perpetrator = lexicon.Perpetrators.TryMatch(w.Lower, i, end, out var pl, out _) ? pl : 0;
            CountryName? cv = null;
            var cl = 0;
            var country = w.IsCapitalized(i) && lexicon.Countries.TryMatch(w.Lower, i, end, out cl, out cv) ? cl : 0;
            var longest = Math.Max(Math.Max(Math.Max(weapon, trigger), Math.Max(target, country)), perpetrator);
            if (longest == 0)
            {
                continue;
            }

            // A phrase may be several kinds at once ("drone strike": a trigger holding a weapon); keep each.
            if (weapon > 0)
            {
                Weapons.Add(new Hit<WeaponClass>(i, wl, wv, w.Span(i, i + wl - 1)));
            }

            if (trigger > 0)
            {
                var blocked = Modality.Blocks(w, start, i);
                (blocked ? Blocked : Triggers).Add(new Hit<string>(i, tl, tv, w.Span(i, i + tl - 1)));
            }

            if (target > 0 && !CareSetting.Is(w, start, new Hit<TargetType>(i, gl, gv, default)))
            {
                TargetNouns.Add(new Hit<TargetType>(i, gl, gv, w.Span(i, i + gl - 1)));
            }

            if (perpetrator > 0)
            {
                Perpetrators.Add(new Hit<string>(i, pl, w.Lower[i], w.Span(i, i + pl - 1)));
            }

            if (country > 0)
            {
                Countries.Add(new Hit<CountryName>(i, cl, cv!, w.Span(i, i + cl - 1)));
            }

            i += longest - 1;
        }

        Organizations = OrganizationPhrase.Find(w, start, end);

        // "National Liberation Front" names a group; its "liberation" reports no territory change.
        Triggers.RemoveAll(t => Organizations.Exists(o => o.Length > 1 && o.First <= t.First && t.Last <= o.Last));

        // "an assault on the peace process": an idea was attacked, nothing was hit.
        Triggers.RemoveAll(t => Metaphor.Follows(w, t.Last, end));
    }

    public int Start { get; }

    /// <summary>Organisation phrases ("National Liberation Front"), found after the lexicon pass.</summary>
    public List<Hit<string>> Organizations { get; }

    public int End { get; }

    public List<Hit<string>> Triggers { get; } = [];

    public List<Hit<string>> Blocked { get; } = [];

    public List<Hit<WeaponClass>> Weapons { get; } = [];

    public List<Hit<TargetType>> TargetNouns { get; } = [];

    public List<Hit<CountryName>> Countries { get; } = [];

    public List<Hit<string>> Perpetrators { get; } = [];

    public bool HasTrigger(string code) => Triggers.Exists(t => t.Value == code);
}
