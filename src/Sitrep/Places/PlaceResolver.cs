using Sitrep.Reporting;

namespace Sitrep.Places;

/// <summary>
/// Chooses one gazetteer entry per mention, deterministically. In order of strength: the kind of name (a
/// country or curated region name; a kind word: "Sumy region" is the oblast, "Konotop district" the raion;
/// a bare name that is both a city and a region is the city), explicit context ("Konotop, Sumy region",
/// "X in Y"), the document's other places (same admin-1, same country, nearby), primary over alternate
/// name, then feature class and population. Three passes: each later one scores with the places of the pass before.
/// </summary>
internal sealed partial class PlaceResolver(Gazetteer gazetteer)
{
    /// <summary>Resolves <paramref name="mentions"/> of <paramref name="text"/>; one result per mention.</summary>
    public Resolution[] Resolve(string text, IReadOnlyList<ToponymMention> mentions)
    {
        var keys = new (string Name, KindCue Cue, string? Demonym)[mentions.Count];
        var shared = SharedKindWords.Of(text, mentions);
        for (var m = 0; m < mentions.Count; m++)
        {
            var key = PlaceKey.Of(mentions[m].Span.SliceOf(text));
            var (name, cue) = KindWords.Split(key);
            if (cue == KindCue.None)
            {
                cue = shared[m];
            }

            if (cue == KindCue.Settlement && gazetteer.Contains(key))
            {
                // "Kansas City", "Mexico City": the whole name is a place; the town word is part of it.
                (name, cue) = (key, KindCue.None);
            }

            keys[m] = (name, cue, gazetteer.DemonymCountry(name));
        }

        var links = Links(keys);
        var support = Support(keys);
        var first = DocumentContext.WithLinks(links, support);
        var results = new Resolution[mentions.Count];
        ResolveAll(mentions, keys, results, _ => first);

        // Later passes: each name scored with the places of the pass before that have another name, so a
        // name never confirms itself.
        for (var pass = 1; pass < Passes; pass++)
        {
            var previous = (Resolution[])results.Clone();
            var contexts = new Dictionary<string, DocumentContext>(StringComparer.Ordinal);
            ResolveAll(mentions, keys, results, m =>
            {
                var name = keys[m].Name;
                if (!contexts.TryGetValue(name, out var context))
                {
                    contexts[name] = context = DocumentContext.From(
                        previous.Where((_, k) => keys[k].Name != name), keys.Where(k => k.Name != name && gazetteer.Country(k.Demonym) is not null).Select(k => k.Demonym), links, support);
                }

                return context;
            });
        }

        OneReadingPerName(keys, results);
        KeepLocatingDistricts(text, mentions, results);
        new ApproximatePlaces(gazetteer).Apply(text, mentions, results);
        return results;
    }

    // "смт Золочів Богодухівського району": a district right after the place it locates stays a district (placed by
    // its container or the focus), not its centre town, which would read as a second place.
    private static void KeepLocatingDistricts(string text, IReadOnlyList<ToponymMention> mentions, Resolution[] results)
    {
        for (var m = 1; m < mentions.Count; m++)
        {
            if (results[m].Rule == DistrictTownRule && text.AsSpan(mentions[m - 1].Span.End, Math.Max(0, mentions[m].Span.Start - mentions[m - 1].Span.End)).IsWhiteSpace())
            {
                results[m] = new Resolution(null, "district locating the place before it");
            }
        }
    }

    // A name placed by its container once ("New Haven, Conn.") means that place at every bare mention of the document.
    private static void OneReadingPerName((string Name, KindCue Cue, string? Demonym)[] keys, Resolution[] results)
    {
        // The last container reading of each name wins, as when each one in turn was copied to every bare
        // mention; one pass to find them and one to copy (a copy per container reading was quadratic).
        var placed = new Dictionary<(string, KindCue, string?), Resolution>();
        for (var m = 0; m < results.Length; m++)
        {
            if (results[m].Rule == ContainerRule)
            {
                placed[keys[m]] = results[m];
            }
        }

        for (var k = 0; k < results.Length && placed.Count > 0; k++)
        {
            if (results[k].Rule != ContainerRule && placed.TryGetValue(keys[k], out var reading))
            {
                results[k] = reading with { Rule = "same name in context" };
            }
        }
    }

    // Town and county readings of the document's names; empty (and free) unless some name carries a county word.
    private CountyLinks Links((string Name, KindCue Cue, string? Demonym)[] keys)
    {
        if (!keys.Any(k => k.Cue == KindCue.District))
        {
            return CountyLinks.None;
        }

        var links = new CountyLinks();
        foreach (var name in keys.Select(k => (k.Name, k.Cue)).Distinct())
        {
            var hits = name.Cue == KindCue.District ? gazetteer.Districts(name.Name).ToArray() : [.. Hits(name.Name)];
            foreach (var entry in hits)
            {
                links.Add(name.Name, gazetteer.Entries[entry]);
            }
        }

        return links;
    }

    // The entries of a name, with the towns and countries of its spelled-out form when it starts with an abbreviation: "Mt. Pleasant"
    // is every Mount Pleasant, though only some carry the short form as an alternate name.
    private NameHit[] LookupSpelledOut(string name)
    {
        var hits = gazetteer.Lookup(name);
        var more = PlaceKey.SpelledOut(name) is { } full ? gazetteer.Lookup(full) : [];
        if (more.IsEmpty)
        {
            return hits.ToArray();
        }

        var merged = new Dictionary<int, bool>();
        foreach (var hit in hits)
        {
            merged[hit.Entry] = hit.Primary;
        }

        foreach (var hit in more)
        {
            // Only towns and countries whose main name it is ("St. Lucia"): "St. Paul" is not every parish once called Saint Paul.
            if (hit.Primary && gazetteer.Entries[hit.Entry].Kind is PlaceKind.City or PlaceKind.Country)
            {
                merged[hit.Entry] = true;
            }
        }

        return [.. merged.Select(p => new NameHit(p.Key, p.Value))];
    }

    // Where the document's names could lie: the main-name candidates of every name that is not a demonym.
    private CandidateSupport Support((string Name, KindCue Cue, string? Demonym)[] keys) => CandidateSupport.Of(keys.DistinctBy(k => k.Name)
        .Where(k => gazetteer.DemonymPlace(k.Demonym) is null)
        .Select(k => (k.Name, MainNameCandidates(k.Name, k.Cue))));

    private List<GeoEntry> MainNameCandidates(string name, KindCue cue)
    {
        var entries = new List<GeoEntry>();
        if (cue == KindCue.District)
        {
            foreach (var d in gazetteer.Districts(name))
            {
                entries.Add(gazetteer.Entries[d]);
            }

            return entries;
        }

        foreach (var hit in LookupSpelledOut(name))
        {
            if (hit.Primary)
            {
                entries.Add(gazetteer.Entries[hit.Entry]);
            }
        }

        return entries;
    }

    private int[] Hits(string name)
    {
        var hits = gazetteer.Lookup(name);
        var entries = new int[hits.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            entries[i] = hits[i].Entry;
        }

        return entries;
    }

    private void ResolveAll(IReadOnlyList<ToponymMention> mentions, (string Name, KindCue Cue, string? Demonym)[] keys,
        Resolution[] results, Func<int, DocumentContext> contextOf)
    {
        // Containers come after what they contain ("Konotop, Sumy region"), so resolve back to front.
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var container = mentions[m].Container >= 0 ? results[mentions[m].Container].Entry : null;
            results[m] = ResolveOne(keys[m].Name, keys[m].Cue, keys[m].Demonym, container, contextOf(m));
        }
    }

    private Resolution ResolveOne(string name, KindCue cue, string? demonym, GeoEntry? container, DocumentContext context)
    {
        // A demonym given as a toponym ("Turkish" in evaluation spans) stands for its country, a region adjective
        // ("European") for its region; not with a kind word ("Guernsey County" is a county).
        if (cue == KindCue.None && gazetteer.DemonymPlace(demonym) is { } country)
        {
            return new Resolution(country, "demonym");
        }

        var hits = LookupSpelledOut(name);
        if (hits.Length == 0)
        {
            if (cue == KindCue.District && gazetteer.Districts(name) is { IsEmpty: false } districts)
            {
                return Best(name, districts.ToArray().Select(d => new NameHit(d, true)).ToArray(), cue, container, context, "district name");
            }

            if (cue == KindCue.District && DistrictTowns(name) is { Length: > 0 } towns)
            {
                return Best(name, towns, cue, container, context, DistrictTownRule);
            }

            return new Resolution(null, "not in gazetteer");
        }

        if (cue == KindCue.District && gazetteer.Districts(name) is { IsEmpty: false } stems)
        {
            return Best(name, stems.ToArray().Select(d => new NameHit(d, true)).ToArray(), cue, container, context, "district suffix");
        }

        var candidates = hits;
        if (cue == KindCue.Admin1 && Filter(candidates, PlaceKind.Admin1) is { Length: > 0 } regions)
        {
            return Best(name, regions, cue, container, context, "region suffix");
        }

        if (cue == KindCue.Settlement && Filter(candidates, PlaceKind.City) is { Length: > 0 } settlements)
        {
            return Best(name, settlements, cue, container, context, "settlement word");
        }

        foreach (var hit in candidates)
        {
            var entry = gazetteer.Entries[hit.Entry];
            if (entry.Kind == PlaceKind.Country && SameNameRegion(candidates, entry, context) is { } state)
            {
                // "Georgia" in a document about US places, none in Georgia the country: the state.
                return new Resolution(state, "document context");
            }

            if (entry.Kind == PlaceKind.Country && SameNameTown(candidates, entry, context) is { } town)
            {
                // "Palestine" in a story whose other places are all in the US, one in Texas: the town in Texas.
                return new Resolution(town, "document context");
            }

            if (entry.Kind is PlaceKind.Country or PlaceKind.Region)
            {
                return new Resolution(entry, entry.Kind == PlaceKind.Country ? "country name" : "region name");
            }
        }

        // "Новоалександровка в Донецкой области" when none of the gazetteer's Novooleksandrivkas lies in that oblast:
        // a village cities500 lacks, placed at its oblast, not a namesake elsewhere (Cyrillic names, whose villages
        // repeat across oblasts; an English "X, Y region" also opens comma lists).
        if (container is { Kind: PlaceKind.Admin1 } oblast && CyrillicInflection.IsCyrillic(name)
            && !Array.Exists(candidates, h => gazetteer.Entries[h.Entry] is var e && e.Kind != PlaceKind.Admin1 && Within(e, oblast)))
        {
            return new Resolution(null, "no namesake in its container");
        }

        return Best(name, candidates, cue, container, context, null);
    }

    // Adjective endings of Cyrillic district names and the endings their centre town's name may take in their place:
    // "погарским" → Погар, "климовского" → Климово, "славянского" → Славянск, "старобільського" → Старобільськ.
    private static readonly string[] DistrictAdjectiveEndings =
        ["ского", "скому", "ским", "ском", "ский", "ськог", "ського", "ському", "ським", "ській", "ський", "ська", "ської", "ская", "ской"];

    private const string DistrictTownRule = "district of its town";

    private static readonly string[] TownEndings = ["", "о", "а", "е", "ск", "ськ", "и"];

    /// <summary>The towns a Cyrillic district adjective is named after, as the gazetteer holds them (a district is reported at its town).</summary>
    private NameHit[] DistrictTowns(string name)
    {
        if (!CyrillicInflection.IsCyrillic(name) || name.Contains(' ', StringComparison.Ordinal))
        {
            return [];
        }

        var ending = DistrictAdjectiveEndings.Where(e => name.EndsWith(e, StringComparison.Ordinal)).MaxBy(e => e.Length);
        if (ending is null || name.Length - ending.Length < 3)
        {
            return [];
        }

        var stem = name[..^ending.Length];
        var towns = new List<NameHit>();
        foreach (var end in TownEndings)
        {
            foreach (var hit in gazetteer.Lookup(stem + end))
            {
                if (gazetteer.Entries[hit.Entry].Kind == PlaceKind.City && !towns.Exists(t => t.Entry == hit.Entry))
                {
                    towns.Add(hit);
                }
            }
        }

        return [.. towns];
    }

    private GeoEntry? SameNameRegion(NameHit[] candidates, GeoEntry country, DocumentContext context)
    {
        if (context.HasCountry(country.Country))
        {
            return null;
        }

        foreach (var hit in candidates)
        {
            var entry = gazetteer.Entries[hit.Entry];
            if (entry.Kind == PlaceKind.Admin1 && hit.Primary && context.HasCountry(entry.Country))
            {
                return entry;
            }
        }

        return null;
    }

    private GeoEntry? SameNameTown(NameHit[] candidates, GeoEntry country, DocumentContext context)
    {
        if (context.HasCountry(country.Country))
        {
            return null;
        }

        GeoEntry? town = null;
        foreach (var hit in candidates)
        {
            var entry = gazetteer.Entries[hit.Entry];
            if (entry.Kind == PlaceKind.City && hit.Primary && context.IsOnlyCountry(entry.Country) && context.HasAdmin1(entry.Admin1Code)
                && (town is null || entry.Population > town.Population))
            {
                town = entry;
            }
        }

        return town;
    }

    private NameHit[] Filter(NameHit[] hits, PlaceKind kind) => [.. hits.Where(h => gazetteer.Entries[h.Entry].Kind == kind)];
}
