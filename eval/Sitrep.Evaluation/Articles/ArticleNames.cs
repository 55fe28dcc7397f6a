using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Entities.Data;

namespace Sitrep.Evaluation.Articles;

/// <summary>
/// Name comparison under the articles scoring rules: speakers match after dropping titles, parentheses,
/// possessives and "the" and folding transliteration (all tokens equal, or the heads equal, or an
/// acronym; country words must agree); places agree after dropping Oblast/region/krai/district/city.
/// </summary>
public static partial class ArticleNames
{
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "president", "prime", "minister", "foreign", "defense", "defence", "interior", "gov", "governor", "mayor", "gen", "general",
        "col", "colonel", "lt", "maj", "major", "sgt", "capt", "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "spokesman",
        "spokeswoman", "spokesperson", "deputy", "regional", "acting", "chief", "head", "commander", "secretary", "ambassador",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlaceKindWords = FrozenSet.ToFrozenSet(
        ["oblast", "region", "krai", "kray", "district", "city", "raion", "province", "republic", "territory", "of", "the"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> AcronymSkips = FrozenSet.ToFrozenSet(["of", "the", "and", "for"], StringComparer.Ordinal);

    /// <summary>Russian and older spellings the folding rules do not reach.</summary>
    private static readonly FrozenDictionary<string, string> PlaceSpellings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["kiev"] = "kyiv", ["odessa"] = "odesa", ["zaporozhye"] = "zaporizhzhia", ["zaporozhe"] = "zaporizhzhia",
        ["nikolaev"] = "mykolaiv", ["nikolayev"] = "mykolaiv", ["dnepr"] = "dnipro", ["dnepropetrovsk"] = "dnipro",
        ["rovno"] = "rivne", ["chernovtsy"] = "chernivtsi", ["lugansk"] = "luhansk", ["artemovsk"] = "bakhmut",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when a predicted speaker name matches the gold speaker.</summary>
    public static bool SameSpeaker(string? gold, string? predicted)
    {
        if (string.IsNullOrWhiteSpace(gold) || string.IsNullOrWhiteSpace(predicted))
        {
            return false;
        }

        var a = SpeakerTokens(gold);
        var b = SpeakerTokens(predicted);
        if (a.Count == 0 || b.Count == 0 || !CountriesAgree(gold, predicted))
        {
            return false;
        }

        return a.SequenceEqual(b) || Head(a) == Head(b) || IsAcronymOf(gold, b) || IsAcronymOf(predicted, a);
    }

    /// <summary>True when two place names agree (kind words dropped, transliteration folded).</summary>
    public static bool SamePlace(string? gold, string? predicted)
    {
        if (string.IsNullOrWhiteSpace(gold) || string.IsNullOrWhiteSpace(predicted))
        {
            return false;
        }

        var a = PlaceKey(gold);
        return a.Length > 0 && a == PlaceKey(predicted);
    }

    /// <summary>An admin-1 name folded for the admin-1 field: kind words kept ("Kyiv City" is not "Kyiv Oblast").</summary>
    public static string Admin1Key(string name) => string.Join(' ', Words(name).Select(w => Fold(w, place: true)));

    private static string PlaceKey(string name) =>
        string.Join(' ', Words(name).Select(w => Fold(w, place: true)).Where(w => !PlaceKindWords.Contains(w)));

    private static List<string> SpeakerTokens(string name)
    {
        var words = Words(Parentheses().Replace(name, " ")).Select(w => Fold(w, place: false)).Where(w => w != "the").ToList();
        while (words.Count > 1 && Titles.Contains(words[0]) && words[1] != "of")
        {
            words.RemoveAt(0);
        }

        return words;
    }

    private static string Head(List<string> tokens)
    {
        var of = tokens.IndexOf("of");
        return of > 0 ? tokens[of - 1] : tokens[^1];
    }

    private static bool IsAcronymOf(string maybeAcronym, List<string> tokens)
    {
        var word = maybeAcronym.Trim();
        if (word.Length < 2 || word.Length > 6 || !word.All(char.IsUpper))
        {
            return false;
        }

        var initials = string.Concat(tokens.Where(t => !AcronymSkips.Contains(t)).Select(t => t[0]));
        return initials == Fold(word, place: false);
    }

    private static bool CountriesAgree(string a, string b)
    {
        var ca = Countries(a);
        var cb = Countries(b);
        return ca.Count == 0 || cb.Count == 0 || ca.SetEquals(cb);
    }

    private static HashSet<string> Countries(string name)
    {
        var lexicon = EntityLexicon.Instance;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(name, keepCase: true))
        {
            if (lexicon.Countries.TryGetValue(word, out var c) || lexicon.Demonyms.TryGetValue(word, out c))
            {
                codes.Add(c.Iso);
            }
        }

        return codes;
    }

    private static IEnumerable<string> Words(string text, bool keepCase = false)
    {
        var plain = Possessive().Replace(text, "");
        foreach (var word in NonWord().Split(plain))
        {
            if (word.Length > 0)
            {
                yield return keepCase ? word : word.ToLowerInvariant();
            }
        }
    }

    /// <summary>Lower case, no diacritics, y→i, g→h, ie→e, doubled letters single, -y/-iy/-i endings dropped.</summary>
    private static string Fold(string word, bool place)
    {
        var lower = RemoveDiacritics(word.ToLowerInvariant()).Replace("'", "", StringComparison.Ordinal);
        if (place && PlaceSpellings.TryGetValue(lower, out var known))
        {
            lower = known;
        }

        var s = lower.Replace("ie", "e", StringComparison.Ordinal).Replace('y', 'i').Replace('g', 'h');
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (sb.Length == 0 || sb[^1] != ch)
            {
                sb.Append(ch);
            }
        }

        if (place && sb.Length > 4 && sb[^2] == 'o' && sb[^1] == 'v')
        {
            sb[^2] = 'i';  // Russian -ov for Ukrainian -iv: Kharkov, Chernigov, Lvov
        }

        if (sb.Length > 3 && sb[^1] == 'i')
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    private static string RemoveDiacritics(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parentheses();

    [GeneratedRegex(@"['’]s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"[^\p{L}\p{N}']+")]
    private static partial Regex NonWord();
}
