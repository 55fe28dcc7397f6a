namespace Sitrep.Places;

/// <summary>What a kind word next to a name says about it: "Sumy region", "Konotop district", "the city of Sumy".</summary>
internal enum KindCue
{
    /// <summary>A bare name.</summary>
    None,
    /// <summary>Region, oblast, province, krai, state: an admin-1 unit.</summary>
    Admin1,
    /// <summary>District, raion, county, hromada: an admin-2 unit.</summary>
    District,
    /// <summary>City, town, village: a populated place.</summary>
    Settlement,
}

/// <summary>The kind words of the place grammar (lower case; matched case-insensitively).</summary>
internal static class KindWords
{
    /// <summary>The cue a word gives, if any.</summary>
    public static KindCue Of(ReadOnlySpan<char> word) => word.Length switch
    {
        _ when Is(word, "region") || Is(word, "oblast") || Is(word, "province") || Is(word, "krai") || Is(word, "kray")
            || Is(word, "governorate") || Is(word, "state") || Is(word, "regions") => KindCue.Admin1,
        _ when Is(word, "district") || Is(word, "raion") || Is(word, "rayon") || Is(word, "county") || Is(word, "hromada")
            || Is(word, "municipality") || Is(word, "parish") || CyrillicDistrict(word) => KindCue.District,
        _ when Is(word, "city") || Is(word, "town") || Is(word, "village") || Is(word, "settlement") => KindCue.Settlement,
        _ => KindCue.None,
    };

    /// <summary>The cue a plural kind word after a list of names gives each of them ("Hale and Lamb counties").</summary>
    public static KindCue OfPlural(ReadOnlySpan<char> word) => word.Length switch
    {
        _ when Is(word, "regions") || Is(word, "oblasts") || Is(word, "provinces") || Is(word, "governorates") => KindCue.Admin1,
        _ when Is(word, "counties") || Is(word, "districts") || Is(word, "raions") || Is(word, "rayons") || Is(word, "parishes")
            || Is(word, "municipalities") || Is(word, "hromadas") => KindCue.District,
        _ when Is(word, "cities") || Is(word, "towns") || Is(word, "villages") => KindCue.Settlement,
        _ => KindCue.None,
    };

    /// <summary>A word that may stand between a name and its kind word ("the Belgorod border region").</summary>
    public static bool IsQualifier(ReadOnlySpan<char> word) =>
        Is(word, "border") || Is(word, "frontier") || Is(word, "frontline") || Is(word, "front-line") || IsCyrillicQualifier(word);

    /// <summary>
    /// The word between a Cyrillic district adjective and its district word: "Стародубский муниципальный округ",
    /// "Губкинский городской округ", "Житомирський міський округ".
    /// </summary>
    public static bool IsCyrillicQualifier(ReadOnlySpan<char> word)
    {
        foreach (var stem in CyrillicQualifierStems)
        {
            if (word.Length > stem.Length && word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] CyrillicQualifierStems = ["муниципальн", "муніципальн", "городск", "міськ"];

    /// <summary>Splits a trailing kind word, and a qualifier before it, off a key ("sumy region" -> "sumy", Admin1).</summary>
    public static (string Name, KindCue Cue) Split(string key)
    {
        var space = key.LastIndexOf(' ');
        if (space > 0)
        {
            // "Platte Co." (the AP abbreviation of County) only inside a span already taken as a place name: as a
            // recognition cue "Co." would follow company names.
            var word = key.AsSpan(space + 1);
            var cue = word.SequenceEqual("co") ? KindCue.District : Of(word);
            if (cue != KindCue.None)
            {
                var name = key[..space];
                var before = name.LastIndexOf(' ');
                return (before > 0 && IsQualifier(name.AsSpan(before + 1)) ? name[..before] : name, cue);
            }
        }

        foreach (var (prefix, cue) in Prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length)
            {
                return (key[prefix.Length..], cue);
            }
        }

        return (key, KindCue.None);
    }

    private static readonly (string, KindCue)[] Prefixes =
    [
        ("city of ", KindCue.Settlement), ("town of ", KindCue.Settlement), ("village of ", KindCue.Settlement),
        ("region of ", KindCue.Admin1), ("province of ", KindCue.Admin1), ("state of ", KindCue.Admin1),
    ];

    // Ukrainian and Russian district words in the cases a heading or a container takes ("Білопільська громада",
    // "Богодухівського району", "Валуйский округ"); admin-1 words decline with their names in the gazetteer keys.
    private static readonly string[] CyrillicDistricts =
        ["громада", "громади", "громаді", "громаду", "громадою", "район", "району", "районі", "района", "районе", "районом", "округ", "округу", "окрузі", "округа", "округе", "округом"];

    private static bool CyrillicDistrict(ReadOnlySpan<char> word)
    {
        foreach (var d in CyrillicDistricts)
        {
            if (word.Equals(d, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(ReadOnlySpan<char> word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
