using Sitrep.Entities.Cyrillic;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Quotes;

/// <summary>
/// Source phrases of Ukrainian and Russian attributions: "за словами X, ...", where a source phrase ends,
/// what form it has, and which earlier speaker a pronoun or a role nominal ("посадовець", "глава региона",
/// "ведомство") stands for.
/// </summary>
internal static partial class CyrillicCueReader
{
    // Nouns of "за словами X", "по данным X", "за інформацією X", "по сообщению X".
    private static readonly HashSet<string> SourceNouns = new(
        ["словами", "словам", "даними", "данным", "інформацією", "информации", "повідомленням", "сообщению", "оцінками", "оценкам"],
        StringComparer.OrdinalIgnoreCase);

    // Impersonal cues whose speaker is the genitive after a document: "йдеться в заяві X", "говорится в сообщении X".
    private static readonly HashSet<string> Passives = new(["йдеться", "ідеться", "говориться", "говорится"], StringComparer.OrdinalIgnoreCase);

    // Words that open an insertion between a subject and its cue: ", своєю чергою,", ", в свою очередь,".
    private static readonly HashSet<string> Insertions = new(
        ["своєю", "у", "в", "зі", "зокрема", "втім", "однак", "проте", "свою", "со", "в частности", "впрочем", "однако", "при", "за"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Relatives = new(
        ["який", "яка", "яке", "які", "котрий", "котра", "который", "которая", "которое", "которые", "що", "что"],
        StringComparer.OrdinalIgnoreCase);

    // Head nouns of institutions named by a common noun: "відомство", "министерство", "оперштаб", "служба".
    private static readonly HashSet<string> InstitutionNouns = new(
        ["відомств", "ведомств", "міністерств", "министерств", "штаб", "оперштаб", "служб", "адміністраці", "администраци", "управлінн", "управлени"],
        StringComparer.Ordinal);

    // Role nominals that refer back to a named person: the role lexicon plus words used only anaphorically.
    private static readonly HashSet<string> PersonNouns = new(
        ["посадовець", "посадовц", "посадовиц", "чиновник", "чиновниц", "дипломат", "представник", "представниц", "представител", "политик", "політик", "очільник"],
        StringComparer.Ordinal);

    /// <summary>"За словами X, ...", "По его словам, ...", "Як повідомив X, ...", "Как сообщил X, ...".</summary>
    private static Attribution? SourceFirst(QuoteText t, Sentence sentence, int i)
    {
        int cueEnd;
        if ((t.Is(i, "за") || t.Is(i, "по")) && SourceNouns.Contains(t.Word(i + 1).ToString()))
        {
            cueEnd = i + 2;
        }
        else if ((t.Is(i, "за") || t.Is(i, "по")) && Pronouns.Contains(t.Word(i + 1).ToString()) && SourceNouns.Contains(t.Word(i + 2).ToString())
            && t.IsChar(i + 3, ','))
        {
            // "За його словами, ..." / "По её словам, ...": the possessive is the source.
            var possessive = Content(t, i + 4, ClauseEnd(t, sentence, i + 4));
            if (possessive is null)
            {
                return null;
            }

            var own = new Attribution();
            own.Parts.Add(possessive.Value);
            own.Cue = t.Span(i, i + 2);
            SetSource(t, own, i + 1, i + 1);
            return own;
        }
        else if ((t.Is(i, "як") || t.Is(i, "как")) && IsCue(t, i + 1))
        {
            cueEnd = i + 2;
        }
        else
        {
            return null;
        }

        var comma = cueEnd;
        while (comma < sentence.EndToken && !t.IsChar(comma, ',') && comma - cueEnd < MaxSourceTokens)
        {
            comma++;
        }

        if (!t.IsChar(comma, ',') || comma == cueEnd)
        {
            return null;
        }

        var end = ClauseEnd(t, sentence, comma + 1);
        var content = Content(t, comma + 1, end);
        if (content is null)
        {
            return null;
        }

        var attribution = new Attribution();
        attribution.Parts.Add(content.Value);
        attribution.Cue = t.Span(i, cueEnd - 1);
        SetSource(t, attribution, cueEnd, comma - 1);
        return attribution;
    }

    private static int SourceEnd(QuoteText t, Sentence sentence, int first)
    {
        var last = first - 1;
        for (var k = first; k < sentence.EndToken && k - first < MaxSourceTokens; k++)
        {
            if (t.Kind(k) is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                break;
            }

            if (k > first && SourceStops.Contains(t.Word(k).ToString()))
            {
                // "речниця ДСНС у Запорізькій області Ольга Гречаник": a role's place, then the name.
                if (NameAfterPlace(t, sentence, k) is { } nameEnd)
                {
                    return nameEnd;
                }

                break;
            }

            last = k;
        }

        return last;
    }

    // The last token of a two-word name after "у/в <Place> [області|районі|краї]" at stop, if one follows.
    private static int? NameAfterPlace(QuoteText t, Sentence sentence, int stop)
    {
        if (!(t.Is(stop, "у") || t.Is(stop, "в")) || !t.IsCapitalized(stop + 1))
        {
            return null;
        }

        var k = stop + 2;
        if (t.IsLowerWord(k) && CyrillicWords.Stem(t.Word(k)) is "област" or "район" or "кра" or "громад" or "міст" or "город")
        {
            k++;
        }

        var isName = k + 1 < sentence.EndToken && t.IsCapitalized(k) && t.IsCapitalized(k + 1)
            && !CyrillicWords.IsAcronym(t.Word(k)) && !CyrillicWords.IsAcronym(t.Word(k + 1))
            && (k + 2 >= sentence.EndToken || t.Kind(k + 2) != TokenKind.Word || t.IsLowerWord(k + 2));
        return isName ? k + 1 : null;
    }

    private static void SetSource(QuoteText t, Attribution attribution, int first, int last)
    {
        if (last >= first && (t.Is(first, "у") || t.Is(first, "в") || t.Is(first, "во")) && last > first)
        {
            // "У Генштабі наголосили", "В Кремле заявили": the institution, without its preposition.
            attribution.Source = t.Span(first + 1, last);
            attribution.SourceTokens = (first + 1, last);
            attribution.Form = SourceForm.Institution;
            return;
        }

        if (last < first)
        {
            return;
        }

        attribution.Source = t.Span(first, last);
        attribution.SourceTokens = (first, last);
        attribution.Form = Pronouns.Contains(t.Word(first).ToString()) ? SourceForm.Pronoun
            : IsPersonNoun(t.Word(first)) ? (HasPersonName(t, first + 1, last) ? SourceForm.Name : SourceForm.Nominal)
            : CyrillicWords.IsAcronym(t.Word(last)) || IsInstitution(t, first, last) ? SourceForm.Institution
            : HasName(t, first, last) ? SourceForm.Name
            : SourceForm.Nominal;
    }

    // A role word for a person ("голова", "посадовець", "представитель"), in any case and capitalisation.
    private static bool IsPersonNoun(ReadOnlySpan<char> word)
    {
        var stem = CyrillicWords.Stem(word);
        return PersonNouns.Contains(stem) || PersonNouns.Contains(word.ToString().ToLowerInvariant()) || CyrillicLexicon.Roles.Contains(stem);
    }

    // True when a source phrase ("... області Ольга Гречаник") holds a person's name: capitalised, not an acronym or institution.
    private static bool HasPersonName(QuoteText t, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (t.IsCapitalized(k) && !CyrillicWords.IsAcronym(t.Word(k)) && !IsInstitution(t, k, k)
                && (CyrillicWords.LooksLikeSurname(t.Word(k)) || CyrillicLexicon.FirstNames.Contains(CyrillicWords.Stem(t.Word(k)))))
            {
                return true;
            }
        }

        return false;
    }

    // A source phrase that names an institution by a common noun ("румынского ведомства", "министерства").
    private static bool IsInstitutionNoun(QuoteText t, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var stem = CyrillicWords.Stem(t.Word(k));
            if (t.IsLowerWord(k) && InstitutionNouns.Any(n => stem.StartsWith(n, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised organisation word of the lexicons ("Генштабу", "Міністерство оборони"), not a person's name.
    private static bool IsInstitution(QuoteText t, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (t.IsCapitalized(k) && (CyrillicLexicon.OrgHeads.Contains(CyrillicWords.Stem(t.Word(k)))
                || CyrillicLexicon.Organizations.ContainsKey(CyrillicWords.Stem(t.Word(k)))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasName(QuoteText t, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (t.IsCapitalized(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last named person and institution among the attributions read so far: a pronoun or a role
    /// nominal of a person ("— додав він", "зазначив посадовець", "по словам главы региона") carries the
    /// person's speaker, a nominal of an institution ("по данным ведомства") the institution's.
    /// </summary>
    private sealed class Antecedents
    {
        private Attribution? _named;
        private Attribution? _person;
        private Attribution? _institution;

        public void Link(QuoteText t, Attribution attribution)
        {
            if (attribution.SourceTokens is not { } source)
            {
                return;
            }

            var head = t.Word(source.First).ToString();
            Attribution? from = null;
            if (attribution.Form == SourceForm.Pronoun)
            {
                from = PluralPronouns.Contains(head) ? _named : _person ?? _named;
                attribution.SourceTokens = null; // "— додав він": the speaker of the quote before
                attribution.CarriedFrom = from;
                return;
            }

            if (attribution.Form == SourceForm.Nominal)
            {
                var person = IsPersonNoun(t.Word(source.First));
                var institution = !person && IsInstitutionNoun(t, source.First, source.Last);
                if (person || institution)
                {
                    // "зазначив посадовець", "по данным ведомства": an earlier speaker, else the graph's last such entity.
                    attribution.SourceTokens = null;
                    attribution.CarriedFrom = person ? _person : _institution;
                    attribution.Anaphor = person ? EntityType.Person : EntityType.Organization;
                }

                return;
            }

            _named = attribution;
            if (attribution.Form == SourceForm.Name)
            {
                _person = attribution;
            }
            else if (attribution.Form == SourceForm.Institution)
            {
                _institution = attribution;
            }
        }
    }
}
