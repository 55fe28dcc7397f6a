namespace Sitrep.Events;

/// <summary>
/// A stated number of people as a range. Conventions (ACLED's conservative ones where it has them):
/// "five" -> 5..5; "at least five" -> 5..open; "more than 20" -> 20..open (the conservative figure); "about 20" -> 20..20;
/// "up to 10" and "as many as 10" -> 1..10 with best 10; "nearly 20" -> 19..20 with best 19;
/// "dozens" -> 12..open; "tens" -> 10..open; "hundreds" -> 100..open; "several" -> 3..open.
/// </summary>
/// <param name="Min">Lowest figure the text supports.</param>
/// <param name="Best">Best single estimate.</param>
/// <param name="Max">Highest figure; null when open-ended.</param>
internal readonly record struct Quantity(int Min, int Best, int? Max)
{
    public static Quantity Exact(int n) => new(n, n, n);

    public static Quantity operator +(Quantity a, Quantity b) =>
        new(a.Min + b.Min, a.Best + b.Best, a.Max is { } x && b.Max is { } y ? x + y : null);

    public static Quantity Larger(Quantity a, Quantity b) => a.Best >= b.Best ? a : b;
}
