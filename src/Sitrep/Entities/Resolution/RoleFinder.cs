namespace Sitrep.Entities.Resolution;

/// <summary>A role found around a name: its text, class, affiliation, and the tokens it used.</summary>
internal sealed record RoleMatch(string? Role, string? RoleClass, string? Affiliation, char? Gender, int Start, int End);

/// <summary>
/// Reads the role, title and affiliation written around a person's name: before it
/// ("Russian Foreign Minister Sergey Lavrov", "Russia's Gen. X") and in an apposition after it
/// ("Gen. Eirik Kristoffersen, Norway's chief of defense"; "X, the president of Ukraine,").
/// An apposition's role wins over a bare rank; courtesy titles (Mr., Ms.) give only a gender.
/// </summary>
internal static class RoleFinder
{
    /// <summary>The role context of the name at tokens [start, end).</summary>
    public static RoleMatch Find(EntityContext context, int start, int end)
    {
        var words = context.Words;
        var floor = start - 1;
        while (floor > 0 && context.SentenceOf[floor - 1] == context.SentenceOf[start] && start - floor < 8)
        {
            floor--;
        }

        string? role = null, roleClass = null, affiliation = null, rank = null;
        char? gender = null;
        var first = start;
        var j = start - 1;
        while (j >= floor && j >= 0 && context.SentenceOf[j] == context.SentenceOf[start] && !context.Used[j])
        {
            var (length, value) = Lexicon.Roles.MatchEndingAt(context.Lower, j, floor);
            if (length == 0)
            {
                break;
            }

            var text = context.Text(j - length + 1, j + 1);
            switch (value)
            {
                case "honorific":
                    gender = words[j].ToLowerInvariant() switch { "mr." => 'm', "mrs." or "ms." => 'f', _ => gender };
                    break;
                case "rank":
                    rank ??= text;
                    break;
                default:
                    (role, roleClass) = role is null ? (text, value) : (role, roleClass);
                    break;
            }

            j -= length;
            first = j + 1;
        }

        if (j >= 0 && first < start && context.SentenceOf[j] == context.SentenceOf[start])
        {
            if (Lexicon.Demonyms.MatchEndingAt(words, j, Math.Max(0, j - 2)) is { Length: > 0 } demonym)
            {
                affiliation = demonym.Value!.Iso;
                first = j - demonym.Length + 1;
            }
            else if (context.IsPossessive(j) && j > 0 && Lexicon.Countries.MatchEndingAt(words, j - 1, Math.Max(0, j - 4)) is { Length: > 0 } country)
            {
                affiliation = country.Value!.Iso;
                first = j - country.Length;
            }
            else if (Lexicon.Organizations.MatchEndingAt(words, j, Math.Max(0, j - 4)) is { Length: > 0 } organization)
            {
                affiliation = organization.Value.Affiliation; // "Kremlin spokesman X" -> RU
            }
        }

        var last = end;
        if (end + 1 < words.Length && words[end] == "," && context.SentenceOf[end + 1] == context.SentenceOf[start])
        {
            var k = end + 1;
            if (words[k] is "the" or "a" or "an")
            {
                k++;
            }

            string? appositionAffiliation = null;
            if (Lexicon.Countries.MatchAt(words, k) is { Length: > 0 } country && context.IsPossessive(k + country.Length))
            {
                appositionAffiliation = country.Value!.Iso;
                k += country.Length + 1;
            }
            else if (Lexicon.Demonyms.MatchAt(words, k) is { Length: > 0 } demonym)
            {
                appositionAffiliation = demonym.Value!.Iso;
                k += demonym.Length;
            }

            for (var skip = 0; skip < 2 && k < words.Length && Lexicon.Roles.MatchAt(context.Lower, k).Length == 0 && words[k].Length > 0 && char.IsLower(words[k][0]); skip++)
            {
                k++; // "top", "former", "deputy"
            }

            if (Lexicon.Roles.MatchAt(context.Lower, k) is { Length: > 0 } apposition && apposition.Value is not ("honorific" or "rank"))
            {
                (role, roleClass) = (context.Text(k, k + apposition.Length), apposition.Value);
                k += apposition.Length;
                if (k + 1 < words.Length && words[k] == "of" && Lexicon.Countries.MatchAt(words, k + 1) is { Length: > 0 } of)
                {
                    appositionAffiliation ??= of.Value!.Iso;
                    k += 1 + of.Length;
                }

                affiliation ??= appositionAffiliation;
                last = k;
            }
        }

        if (role is null && rank is not null)
        {
            (role, roleClass) = (rank, "military");
        }

        gender ??= roleClass is not null && role is not null ? GenderOf(role) : null;
        return new RoleMatch(role, roleClass, affiliation, gender, first, last);
    }

    private static char? GenderOf(string role) => role.ToLowerInvariant() switch
    {
        var r when r.EndsWith("woman", StringComparison.Ordinal) || r is "queen" or "princess" => 'f',
        var r when r.EndsWith("man", StringComparison.Ordinal) || r is "king" or "prince" => 'm',
        _ => null,
    };
}
