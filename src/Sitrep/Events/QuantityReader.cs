using System.Globalization;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>Reads a count in digits or words, with its qualifier, starting at a token.</summary>
internal static class QuantityReader
{
    /// <summary>Reads a count at <paramref name="i"/>; <paramref name="next"/> is the token after it.</summary>
    public static bool TryRead(Words w, int i, int end, out Quantity quantity, out int next)
    {
        var qualifier = Qualifier(w, i, end, out var afterQualifier);
        if (TryNumber(w, afterQualifier, end, out var n, out var open, out next))
        {
            // "five or six", "5 to 10", "between 5 and 10": the lower figure is the conservative one.
            if (next + 1 < end && (w.Is(next, "or") || w.Is(next, "to") || w.Is(next, "and") || w.Lower[next] is "-" or "–")
                && TryNumber(w, next + 1, end, out var upper, out _, out var afterUpper) && upper > n)
            {
                quantity = new Quantity(n, n, upper);
                next = afterUpper;
                return true;
            }

            quantity = qualifier switch
            {
                "at least" => new Quantity(n, n, null),
                "more than" => new Quantity(n, n, null),
                "up to" => new Quantity(1, n, n),
                "nearly" => new Quantity(Math.Max(1, n - 1), Math.Max(1, n - 1), n),
                _ => open ? new Quantity(n, n, null) : Quantity.Exact(n),
            };
            return true;
        }

        quantity = default;
        next = i;
        return false;
    }

    private static string? Qualifier(Words w, int i, int end, out int next)
    {
        next = i;
        if (i >= end)
        {
            return null;
        }

        string? two = i + 1 < end ? w.Lower[i] + " " + w.Lower[i + 1] : null;
        switch (two)
        {
            case "at least" or "no fewer" or "no less":
                next = i + 2 + (w.Is(i + 2, "than") ? 1 : 0);
                return "at least";
            case "more than" or "over the":
                next = i + 2;
                return "more than";
            case "up to" or "as many":
                next = i + 2 + (w.Is(i + 2, "as") ? 1 : 0);
                return "up to";
            case "fewer than" or "less than":
                next = i + 2;
                return "up to";
            case "не менше" or "не менее" or "як мінімум" or "как минимум":
                next = i + 2;
                return "at least";
            case "по меньшей":
                next = i + 2 + (w.Is(i + 2, "мере") ? 1 : 0);
                return "at least";
        }

        switch (w.Lower[i])
        {
            case "over":
                next = i + 1;
                return "more than";
            case "nearly" or "almost":
                next = i + 1;
                return "nearly";
            case "about" or "around" or "approximately" or "roughly" or "some" or "another" or "between":
                next = i + 1;
                return "about";
            case "щонайменше" or "мінімум" or "минимум":
                next = i + 1;
                return "at least";
            case "понад" or "більше" or "більш" or "свыше" or "более" or "больше":
                next = i + 1;
                return "more than";
            case "майже" or "почти":
                next = i + 1;
                return "nearly";
            case "близько" or "приблизно" or "около" or "примерно":
                next = i + 1;
                return "about";
            default:
                return null;
        }
    }

    private static bool TryNumber(Words w, int i, int end, out int value, out bool open, out int next)
    {
        (value, open, next) = (0, false, i);
        if (i >= end)
        {
            return false;
        }

        var token = w.Tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            // "45-year-old" is an adjective, not a count; "born in 1975" is a year.
            if (w.Lower[i].Any(char.IsLetter) || !int.TryParse(w.Lower[i], NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value)
                || (value is >= 1900 and <= 2100 && i > 0 && w.Lower[i - 1] is "in" or "born" or "since" or "of"))
            {
                return false;
            }

            next = i + 1;
            return true;
        }

        if (EventLexicon.Instance.Numbers.TryMatch(w.Lower, i, end, out var length, out var word))
        {
            (value, open, next) = (word.Value, word.Open, i + length);
            return true;
        }

        // "twenty-one"
        var parts = w.Lower[i].Split('-');
        if (parts.Length == 2 && Lookup(parts[0]) is { Value: >= 20 } tens && Lookup(parts[1]) is { Value: < 10 } units)
        {
            (value, next) = (tens.Value + units.Value, i + 1);
            return true;
        }

        return false;
    }

    private static NumberWord? Lookup(string word) =>
        EventLexicon.Instance.Numbers.TryMatch([word], 0, 1, out _, out var n) ? n : null;
}
