namespace Sitrep.Time;

/// <summary>Month and weekday names, day-part words and small helpers of the time grammar.</summary>
internal static class DateWords
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>Month number 1-12 of a full or abbreviated month name ("Feb.", "Sept"), or 0.</summary>
    public static int Month(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        if (word.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < Months.Length; i++)
        {
            if (word.Equals(Months[i], StringComparison.OrdinalIgnoreCase)
                || (word.Length is 3 or 4 && word.Length < Months[i].Length && Months[i].AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    && (word.Length == 3 || word.Equals("sept", StringComparison.OrdinalIgnoreCase))))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The weekday named by <paramref name="word"/> ("Tuesday", "Tue."), or null.</summary>
    public static DayOfWeek? Weekday(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        for (var i = 0; i < Weekdays.Length; i++)
        {
            if (word.Equals(Weekdays[i], StringComparison.OrdinalIgnoreCase))
            {
                return (DayOfWeek)i;
            }
        }

        return null;
    }

    /// <summary>True for a part of the day that may follow a weekday ("Tuesday night").</summary>
    public static bool IsDayPart(ReadOnlySpan<char> word) =>
        word.Equals("night", StringComparison.OrdinalIgnoreCase) || word.Equals("morning", StringComparison.OrdinalIgnoreCase)
        || word.Equals("afternoon", StringComparison.OrdinalIgnoreCase) || word.Equals("evening", StringComparison.OrdinalIgnoreCase);

    /// <summary>The day of month of "11", "11th", "1st", or 0.</summary>
    public static int Day(ReadOnlySpan<char> word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits is < 1 or > 2)
        {
            return 0;
        }

        var rest = word[digits..];
        if (!rest.IsEmpty && !(rest.Equals("st", StringComparison.OrdinalIgnoreCase) || rest.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("rd", StringComparison.OrdinalIgnoreCase) || rest.Equals("th", StringComparison.OrdinalIgnoreCase)))
        {
            return 0;
        }

        var day = int.Parse(word[..digits], System.Globalization.CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31 ? day : 0;
    }

    /// <summary>A four-digit year between 1900 and 2100, or 0.</summary>
    public static int Year(ReadOnlySpan<char> word) =>
        word.Length == 4 && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
            && y is >= 1900 and <= 2100 ? y : 0;

    /// <summary>The latest <paramref name="day"/> on or before <paramref name="published"/>.</summary>
    public static DateOnly LatestWeekday(DateOnly published, DayOfWeek day) =>
        published.AddDays(-(((int)published.DayOfWeek - (int)day + 7) % 7));

    /// <summary>The latest month/day on or before <paramref name="published"/> (a past date without a year).</summary>
    public static DateOnly? LatestDate(DateOnly published, int month, int day)
    {
        for (var year = published.Year; year >= published.Year - 1; year--)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var date && date <= published)
            {
                return date;
            }
        }

        return null;
    }
}
