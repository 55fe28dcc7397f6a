using System.Globalization;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Time;

/// <summary>
/// A small hand-written grammar over tokens (no regular expressions, no allocation per token): relative days
/// ("yesterday", "overnight", "last night", "this morning"), weekdays ("on Tuesday night"), explicit dates
/// ("11 February", "Feb. 11, 2026", "2026-02-11"), months ("in August", "August 2025") and years ("last year",
/// "in 2024"), each resolved against the publication date.
/// </summary>
internal readonly ref struct TimeGrammar(string text, ReadOnlySpan<Token> tokens, DateOnly published)
{
    private readonly string _text = text;
    private readonly ReadOnlySpan<Token> _tokens = tokens;
    private readonly DateOnly _published = published;

    /// <summary>The expression starting at token <paramref name="i"/>, and the index of its last token.</summary>
    public (TimeExpression Expression, int Last)? Match(int i)
    {
        var w = Word(i);
        if (w.IsEmpty)
        {
            return null;
        }

        if (Is(w, "yesterday") || Is(w, "overnight"))
        {
            return Day(i, i, _published.AddDays(-1), Is(w, "yesterday") ? "yesterday" : "overnight");
        }

        if (Is(w, "today") || Is(w, "tonight"))
        {
            return Day(i, i, _published, "today");
        }

        if (Is(w, "this") || Is(w, "last"))
        {
            return Relative(i, Is(w, "last"));
        }

        if (DateWords.Weekday(w) is { } weekday && char.IsUpper(w[0]))
        {
            var last = !Word(i + 1).IsEmpty && DateWords.IsDayPart(Word(i + 1)) ? i + 1 : i;
            return Day(i, last, DateWords.LatestWeekday(_published, weekday), "weekday");
        }

        if (_tokens[i].Kind == TokenKind.Number && w.Length == 10
            && DateOnly.TryParseExact(w, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return Day(i, i, iso, "ISO date");
        }

        if (DateWords.Day(w) is > 0 and var dayFirst && DateWords.Month(Word(i + 1)) is > 0 and var monthAfter)
        {
            return Explicit(i, i + 1, monthAfter, dayFirst);
        }

        if (DateWords.Month(w) is > 0 and var month && char.IsUpper(w[0]))
        {
            if (DateWords.Day(Word(i + 1)) is > 0 and var dayAfter && DateWords.Year(Word(i + 1)) == 0)
            {
                return Explicit(i, i + 1, month, dayAfter);
            }

            var year = DateWords.Year(Word(i + 1));
            var cue = Word(i - 1);
            if (year > 0 || Is(cue, "in") || Is(cue, "since") || Is(cue, "during") || Is(cue, "early") || Is(cue, "late") || Is(cue, "until") || Is(cue, "mid"))
            {
                return MonthOf(i, year > 0 ? i + 1 : i, month, year);
            }
        }

        if (DateWords.Year(w) is > 0 and var bareYear && (Is(Word(i - 1), "in") || Is(Word(i - 1), "since") || Is(Word(i - 1), "during")))
        {
            return Expr(i, i, new DateOnly(bareYear, 1, 1), DatePrecision.Year, "year");
        }

        return null;
    }

    private (TimeExpression, int)? Relative(int i, bool last)
    {
        var next = Word(i + 1);
        if (next.IsEmpty)
        {
            return null;
        }

        if (last && Is(next, "night"))
        {
            return Day(i, i + 1, _published.AddDays(-1), "last night");
        }

        if (!last && DateWords.IsDayPart(next))
        {
            return Day(i, i + 1, _published, "this " + next.ToString().ToLowerInvariant());
        }

        if (Is(next, "week"))
        {
            var monday = DateWords.LatestWeekday(_published, DayOfWeek.Monday);
            return Expr(i, i + 1, last ? monday.AddDays(-7) : monday, DatePrecision.Week, last ? "last week" : "this week");
        }

        if (Is(next, "month"))
        {
            var first = new DateOnly(_published.Year, _published.Month, 1);
            return Expr(i, i + 1, last ? first.AddMonths(-1) : first, DatePrecision.Month, last ? "last month" : "this month");
        }

        if (Is(next, "year"))
        {
            return Expr(i, i + 1, new DateOnly(_published.Year - (last ? 1 : 0), 1, 1), DatePrecision.Year, last ? "last year" : "this year");
        }

        if (last && DateWords.Weekday(next) is { } weekday)
        {
            return Day(i, i + 1, DateWords.LatestWeekday(_published.AddDays(-1), weekday), "last weekday");
        }

        if (last && DateWords.Month(next) is > 0 and var month)
        {
            var year = month < _published.Month ? _published.Year : _published.Year - 1;
            return Expr(i, i + 1, new DateOnly(year, month, 1), DatePrecision.Month, "last month name");
        }

        return null;
    }

    // "11 February [2026]" / "February 11[,] [2026]".
    private (TimeExpression, int)? Explicit(int first, int last, int month, int day)
    {
        var yearAt = last + 1;
        if (Word(yearAt) is [','])
        {
            yearAt++;
        }

        var year = DateWords.Year(Word(yearAt));
        if (year > 0)
        {
            return day <= DateTime.DaysInMonth(year, month) ? Day(first, yearAt, new DateOnly(year, month, day), "date") : null;
        }

        return DateWords.LatestDate(_published, month, day) is { } date ? Day(first, last, date, "date without year") : null;
    }

    // "in August" -> the latest August on or before publication; "August 2025" -> that month.
    private (TimeExpression, int)? MonthOf(int first, int last, int month, int year)
    {
        var resolvedYear = year > 0 ? year : month <= _published.Month ? _published.Year : _published.Year - 1;
        return Expr(first, last, new DateOnly(resolvedYear, month, 1), DatePrecision.Month, year > 0 ? "month and year" : "month name");
    }

    private (TimeExpression, int) Day(int first, int last, DateOnly date, string rule) => Expr(first, last, date, DatePrecision.Day, rule);

    private (TimeExpression, int) Expr(int first, int last, DateOnly date, DatePrecision precision, string rule) =>
        (new TimeExpression(new TextSpan(_tokens[first].Start, _tokens[last].End), date, precision, rule), last);

    private ReadOnlySpan<char> Word(int i) =>
        i < 0 || i >= _tokens.Length ? [] : _text.AsSpan(_tokens[i].Start, _tokens[i].End - _tokens[i].Start);

    private static bool Is(ReadOnlySpan<char> word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
