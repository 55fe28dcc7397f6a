using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// An organisation named by a head noun with its capitalised modifiers and an "of" complement:
/// "National Liberation Front", "Revolutionary Armed Forces of Colombia", "the army". Used for actors
/// when the entities stage found no organisation there (all-capital wire copy defeats name models).
/// </summary>
internal static class OrganizationPhrase
{
    private const int MaxModifiers = 5;

    private static readonly HashSet<string> Stops =
    [
        "the", "a", "an", "of", "and", "or", "by", "in", "on", "at", "to", "for", "from", "with", "that", "this",
        "which", "who", "today", "yesterday", "said", "has", "have", "had", "was", "were", "is", "are", "when",
        "its", "their", "his", "her", "members", "member", "several", "some", "two", "three",
    ];

    /// <summary>Every organisation phrase of tokens [start, end).</summary>
    public static List<Hit<string>> Find(Words w, int start, int end)
    {
        var found = new List<Hit<string>>();
        for (var i = start; i < end; i++)
        {
            if (!EventLexicon.Instance.OrganizationHeads.TryMatch(w.Lower, i, end, out var length, out var kind))
            {
                continue;
            }

            var first = i;
            while (first > start && i - first < MaxModifiers && Word(w, first - 1))
            {
                first--;
            }

            var last = i + length - 1;
            if (last + 2 < end && w.Is(last + 1, "of") && Word(w, last + 2) && w.IsCapitalized(i))
            {
                last += 2;
                while (last + 1 < end && last - i < MaxModifiers && Word(w, last + 1))
                {
                    last++;
                }
            }

            found.Add(new Hit<string>(first, last - first + 1, kind, w.Span(first, last)));
            i = last;
        }

        return found;
    }

    private static bool Word(Words w, int i) =>
        w.Tokens[i].Kind == TokenKind.Word && w.IsCapitalized(i) && !Stops.Contains(w.Lower[i])
        && !(w.Lower[i].EndsWith("ed", StringComparison.Ordinal) && EventLexicon.Instance.Triggers.TryMatch(w.Lower, i, i + 1, out _, out _));
}
