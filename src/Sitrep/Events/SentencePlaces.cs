using Sitrep.Places;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// The places a sentence's events happen at: every non-country place mention, minus regions that only
/// locate another place of the sentence ("Konotop, Sumy region" is one place), plus the country named.
/// </summary>
internal static class SentencePlaces
{
    private static readonly HashSet<string> Locatives = ["in", "at", "near", "outside", "on", "across", "around", "into", "over", "of", "against", "throughout", "towards", "toward", "hit", "struck", "shelled", "attacked", "targeted", "pounded", "bombed",
        // Ukrainian and Russian prepositions and attack verbs before a place ("у Харкові", "по Сумах", "атакували Одесу")
        "у", "в", "на", "біля", "поблизу", "під", "по", "над", "околиці", "возле", "около", "вблизи", "под", "над",
        "атакували", "обстріляли", "атаковали", "обстреляли",
        // an attack noun before its target in the genitive ("обстрілу Херсона", "атаки на Київ", "обстрелов Белгорода")
        "обстріл", "обстрілу", "обстріли", "обстрілів", "обстрілом", "удару", "ударів", "удари", "атаки", "атака", "атаку", "атаці",
        "обстрел", "обстрела", "обстрелу", "обстрелы", "обстрелов", "обстрелом", "удара", "ударов", "атаке", "атакой", "артобстрілу", "артобстрела",
        "обстреле", "обстрілі", "ударе", "ударі",
        // a verb before the place it hit ("Під атаку потрапив Чорноморськ")
        "потрапив", "потрапила", "потрапило", "потрапили", "попал", "попала", "попало", "попали"];

    // "Славянск-на-Кубани атаковали ...", "Село Головчино подверглось обстрелу": the place as the attacked subject.
    private static readonly HashSet<string> PassiveAfter = ["was", "were", "came", "атакували", "атаковали", "обстріляли", "обстреляли", "зазнав", "зазнало", "зазнала", "подверглось", "подвергся", "подверглась", "потрапив", "попал"];

    private static readonly HashSet<string> Directions =
        ["western", "eastern", "northern", "southern", "central", "northeastern", "northwestern", "southeastern", "southwestern",
         "north-eastern", "north-western", "south-eastern", "south-western", "frontline", "front-line", "border", "nearby",
         "neighbouring", "neighboring", "occupied", "russian-occupied", "embattled", "besieged", "regional", "capital", "port", "industrial"];

    // "над селом Насоново", "у місті Ізюм", "в посёлке Разумное": a settlement word between the preposition and the name.
    private static readonly HashSet<string> SettlementWords =
        ["село", "селі", "селом", "села", "селище", "селищі", "селища", "місто", "місті", "міста", "містом", "смт", "м.", "с.", "сел.",
         "город", "городе", "города", "посёлок", "поселок", "посёлке", "поселке", "посёлка", "поселка", "пгт", "станица", "станице", "станицы",
         "деревня", "деревне", "хутор", "хуторе", "г.", "пос.",
         // and the port or city words with their adjectives ("атаковали украинский порт Измаил")
         "порт", "порту", "порті", "порта", "украинский", "украинского", "український", "українського", "российский", "російський",
         // "в районе Торецка", "в районі Часового Яру": the area of a place
         "районе", "районі", "района", "району"];

    // Cyrillic genitive endings: a name in the genitive after a noun is the place the noun belongs to, as English
    // "of" ("предприятий Харькова", "жителів Донеччини", "мэр Николаева").
    // Past-tense verbs ("постраждали Полтавщина", "атаковал Курск") take a subject or an object, not a genitive.
    private static readonly string[] VerbEndings = ["ли", "ла", "ло", "ав", "ив", "ал", "ил", "ел", "ть", "ся", "сь"];

    private static readonly HashSet<string> StreetWords =
        ["вулиця", "вулиці", "вулицю", "вулицею", "вул.", "улица", "улице", "улицы", "улицу", "ул.", "проспект", "проспекте", "проспекті", "просп.",
         "бульвар", "бульваре", "бульварі", "площа", "площі", "площадь", "площади", "провулок", "провулку", "переулок", "переулке", "шосе", "шоссе",
         "набережная", "набережной", "набережна", "набережній", "станції", "станции", "метро"];

    // "у Покровському районі міста": a district of the city the story is telling is no place of its own.
    private static readonly HashSet<string> OfTheCity = ["міста", "города", "столиці", "столицы"];

    private static readonly string[] GenitiveEndings = ["а", "я", "и", "і", "ї", "у", "ю", "ів", "ов", "ей", "ого", "ої", "ой", "ини", "щини"];

    // "на Дунае", "річкою Дніпро": a river hosts no incident (the Danube's forms also name villages in the gazetteer).
    private static readonly HashSet<string> CyrillicRivers = ["дунай", "дунаю", "дунае", "дунаї", "дунаєм", "дунаем"];

    private static readonly HashSet<string> CyrillicRiverWords = ["річка", "річки", "річці", "річкою", "річку", "река", "реки", "реке", "рекой", "реку"];

    // "поблизу Вовчанська та Липців": a name joined to the place before it shares its preposition.
    private static readonly HashSet<string> Conjunctions = ["та", "і", "й", "и"];

    public static (List<(Place Place, TextSpan Mention)> Local, (Place Place, TextSpan Mention)? Country) Of(Words w, PlaceSet? places, TextSpan sentence, int firstToken)
    {
        if (places is null)
        {
            return ([], null);
        }

        var all = places.Within(sentence).Where(p => Attached(w, p.Mention, firstToken) && !River(w, p.Mention) && !DistrictOfTheCity(w, p.Mention) && !Owner(w, p.Mention)).ToList();
        var local = all.Where(p => p.Place.Kind is not (PlaceKind.Country or PlaceKind.Region)).ToList();
        local = [.. local.Where(p => !Contains(w, p, local))];
        if (local.Count > 1 && SpeakerLocation(w, local[0].Mention, firstToken))
        {
            local.RemoveAt(0);
        }

        if (local.Count > 1)
        {
            local.RemoveAll(p => Locator(w, p.Mention, firstToken));
        }

        // One entry per place: a second mention of the same place is not a second incident.
        var distinct = new List<(Place, TextSpan)>();
        foreach (var p in local)
        {
            if (!distinct.Exists(d => d.Item1 == p.Place))
            {
                distinct.Add(p);
            }
        }

        var country = all.Where(p => p.Place.Kind == PlaceKind.Country && !Border(w, p.Mention, firstToken)).Select(p => ((Place, TextSpan)?)p).FirstOrDefault();
        return (distinct, country);
    }

    // The place says where something happened: after a locative preposition or an attack verb
    // ("in Kharkiv", "in the Sumy region", "struck Odesa"), or as the subject of a passive ("Odesa was hit").
    private static bool Attached(Words w, TextSpan mention, int firstToken)
    {
        var i = w.TokenFrom(mention.Start);

        // "in the western Lviv region", "near the frontline town of X": skip the article and direction words.
        var before = i - 1;
        while (before >= firstToken && (w.Lower[before] == "the" || Directions.Contains(w.Lower[before]) || SettlementWords.Contains(w.Lower[before])))
        {
            before--;
        }

        if (before - 1 >= firstToken && Conjunctions.Contains(w.Lower[before]) && w.IsCapitalized(before - 1) && CyrillicInflection.IsCyrillic(w.Lower[before - 1]))
        {
            before -= 2;
            while (before >= firstToken && (w.IsCapitalized(before) || SettlementWords.Contains(w.Lower[before])))
            {
                before--; // "в районе Торецка и Часова Яра": past the first name and its settlement word
            }
        }

        if (before >= firstToken && Locatives.Contains(w.Lower[before]))
        {
            return true;
        }

        // "на улице Куйбышева", "вул. Шевченка": a street named after a person or a town is no town.
        if (i - 1 >= firstToken && StreetWords.Contains(w.Lower[i - 1]))
        {
            return false;
        }

        if (before >= firstToken && before == i - 1 && CyrillicInflection.IsCyrillic(w.Lower[before]) && (!w.IsCapitalized(before) || before == firstToken) && w.Tokens[before].Kind == TokenKind.Word
            && !Array.Exists(VerbEndings, e => w.Lower[before].EndsWith(e, StringComparison.Ordinal))
            && Array.Exists(GenitiveEndings, e => w.Lower[LastTokenOf(w, mention, i)].EndsWith(e, StringComparison.Ordinal)))
        {
            return true;
        }

        var after = i;
        while (after < w.Tokens.Length && w.Tokens[after].End <= mention.End)
        {
            after++;
        }

        return (after < w.Lower.Count && PassiveAfter.Contains(w.Lower[after]))
            || (before < firstToken && w.Is(after, ",") && Dateline.BodyStart(w.Text, w.Tokens.AsSpan(), firstToken) is null);
    }

    private static readonly HashSet<string> Institutions =
        ["military", "army", "air", "armed", "defence", "defense", "security", "foreign", "interior", "government", "president", "prime",
         "mayor", "governor", "officials", "forces", "troops", "navy", "intelligence", "emergency", "emergencies", "general", "border",
         "ministry", "state", "national", "main", "regional", "police", "prosecutor", "prosecutor's", "envoy", "ambassador", "delegation"];

    // "a source in Ukraine's SBU security service said", "Russia's Defence Ministry said": a place in the possessive
    // before an institution or an acronym says whose it is, not where anything happened ("struck Odesa's port" keeps Odesa).
    private static bool Owner(Words w, TextSpan mention)
    {
        var text = w.Text;
        if (mention.End + 2 > text.Length || text[mention.End] is not ('\'' or '’') || text[mention.End + 1] != 's')
        {
            return NamesAdministration(w, mention);
        }

        var next = w.TokenFrom(mention.End + 2);
        if (next >= w.Tokens.Length)
        {
            return false;
        }

        var word = text.AsSpan(w.Tokens[next].Start, w.Tokens[next].Span.Length);
        return Institutions.Contains(w.Lower[next]) || (word.Length >= 2 && !word.ContainsAnyExceptInRange('A', 'Z'));
    }

    // "30 км от границы с Украиной", "біля кордону з Росією", "near the border with Russia": the country across a
    // border only says where the place is, it is not where the attack happened.
    private static bool Border(Words w, TextSpan mention, int firstToken)
    {
        var i = w.TokenFrom(mention.Start);
        return i - 2 >= firstToken && (w.Is(i - 1, "с") || w.Is(i - 1, "з") || w.Is(i - 1, "із") || w.Is(i - 1, "with")) && BorderWords.Contains(w.Lower[i - 2]);
    }

    private static readonly HashSet<string> BorderWords =
        ["border", "frontier", "границы", "границей", "границе", "граница", "границу", "кордону", "кордоном", "кордоні", "кордон", "межі"];

    private static readonly HashSet<string> AdministrationLevels = ["regional", "oblast", "city", "district", "municipal"];

    // "said Serhiy Lysenko, head of the Dnipropetrovsk regional military administration", "the Sumy city council": a
    // place that names an administration is whose body it is, not where the attack was.
    private static bool NamesAdministration(Words w, TextSpan mention)
    {
        var next = w.TokenFrom(mention.End);
        var k = next < w.Tokens.Length && AdministrationLevels.Contains(w.Lower[next]) ? next + 1 : next;
        if (w.Is(k, "military") || w.Is(k, "state"))
        {
            k++;
        }

        return k > next && (w.Is(k, "administration") || w.Is(k, "council"));
    }

    // A river hosts no incident ("across the Dnipro River from the plant"), except at its bank ("on the left bank of the Dnipro").
    private static bool River(Words w, TextSpan mention)
    {
        var i = w.TokenEndingAfter(mention.Start);

        var after = i;
        while (after < w.Tokens.Length && w.Tokens[after].Start < mention.End)
        {
            after++;
        }

        var named = w.Lower[after - 1] is "river" || w.Is(after, "river")
            || CyrillicRivers.Contains(w.Lower[after - 1]) || (i > 0 && CyrillicRiverWords.Contains(w.Lower[i - 1]));
        var bank = (w.Is(i - 1, "of") && (w.Is(i - 2, "bank") || w.Is(i - 2, "banks")))
            || (w.Is(i - 1, "the") && w.Is(i - 2, "of") && (w.Is(i - 3, "bank") || w.Is(i - 3, "banks")));
        return named && !bank;
    }

    // A region that holds another place named in the same sentence only locates it ("Bucha district of the
    // Kyiv region"); so does a district named after its town ("near Maslova Pristan in the Shebekino
    // district"), which the gazetteer resolves to the town itself.
    private static bool Contains(Words w, (Place Place, TextSpan Mention) region, List<(Place Place, TextSpan Mention)> local)
    {
        var place = region.Place;
        if (place.Kind is PlaceKind.Admin1 or PlaceKind.Admin2)
        {
            return local.Exists(o => o.Place != place && PlaceContainment.Within(o.Place, place));
        }

        var mention = region.Mention.SliceOf(w.Text);
        var space = mention.LastIndexOf(' ');
        return PlaceContainment.IsTown(place) && space > 0 && KindWords.Of(mention[(space + 1)..]) == KindCue.District
            && local.Exists(o => o.Place != place && PlaceContainment.InDistrictOf(o.Place, place));
    }

    private static readonly HashSet<string> Bearings =
        ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"];

    private static readonly HashSet<string> Distances = ["km", "kilometres", "kilometers", "miles", "mi"];

    // "Chornomorsk, south of Odesa", "a village 20 km from Kharkiv": the second place only tells where the first is.
    private static bool Locator(Words w, TextSpan mention, int firstToken)
    {
        var at = w.TokenFrom(mention.Start);
        var before = w.Is(at - 1, "the") ? at - 2 : at - 1;
        return before - 1 >= firstToken && ((w.Is(before, "of") && Bearings.Contains(w.Lower[before - 1]))
            || (w.Is(before, "from") && Distances.Contains(w.Lower[before - 1])));
    }

    private static readonly HashSet<string> ReportingVerbs = ["said", "says", "told", "announced", "reported", "stated", "claimed", "added", "wrote"];

    // "In Moscow, the defence ministry said its forces had struck ... in the Odesa region": a place opening
    // the sentence before its speaker and reporting verb is where the statement was made, not the attack.
    private static bool SpeakerLocation(Words w, TextSpan mention, int firstToken)
    {
        var at = w.TokenFrom(mention.Start);
        if (at != firstToken + 1 || !w.Is(firstToken, "in"))
        {
            return false;
        }

        var comma = LastTokenOf(w, mention, at) + 1;
        if (!w.Is(comma, ","))
        {
            return false;
        }

        for (var k = comma + 1; k < Math.Min(w.Tokens.Length, comma + 7); k++)
        {
            if (ReportingVerbs.Contains(w.Lower[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static int LastTokenOf(Words w, TextSpan mention, int first)
    {
        var k = first;
        while (k + 1 < w.Tokens.Length && w.Tokens[k + 1].End <= mention.End)
        {
            k++;
        }

        return k;
    }

    private static bool DistrictOfTheCity(Words w, TextSpan mention)
    {
        var k = w.TokenEndingAfter(mention.End);
        return k < w.Tokens.Length && k > 0 && OfTheCity.Contains(w.Lower[k])
            && Places.KindWords.Of(w.Text.AsSpan(w.Tokens[k - 1].Start, w.Tokens[k - 1].Span.Length)) == Places.KindCue.District;
    }
}
