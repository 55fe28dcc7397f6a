using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Munition counts of a sentence: "launched 129 attack drones" (launched), "23 of 31 drones were shot
/// down" and "air defence downed 85 of 129" (intercepted of launched), "shot down 85 drones" (intercepted).
/// </summary>
internal static class MunitionsReader
{
    public static (int? Launched, int? Intercepted, TextSpan? Span) Read(Words w, SentenceScan scan)
    {
        int? launched = null, intercepted = null;
        TextSpan? span = null;
        var intercept = scan.Triggers.FindIndex(t => t.Value == "INTERCEPT");

        // "N of M": intercepted of launched, when an interception is reported.
        for (var i = scan.Start; intercept >= 0 && i + 2 < scan.End; i++)
        {
            // "38 of the 46 drones": the article may stand between.
            var of = w.Is(i + 2, "the") ? i + 3 : i + 2;
            if (w.Tokens[i].Kind == TokenKind.Number && w.Is(i + 1, "of") && of < scan.End
                && Count(w, i, scan.End) is { } n && Count(w, of, scan.End) is { } m && m >= n)
            {
                return (m, n, w.Span(i, of));
            }
        }

        foreach (var weapon in scan.Weapons)
        {
            var at = weapon.First - 1;
            if (at < scan.Start || Count(w, at, weapon.First) is not { } n)
            {
                continue;
            }

            var near = intercept >= 0 && Math.Abs(scan.Triggers[intercept].First - at) <= 5;
            if (near && intercepted is null)
            {
                intercepted = n;
            }
            else if (!near && launched is null)
            {
                launched = n;
            }
            else
            {
                continue;
            }

            var hit = w.Span(at, weapon.Last);
            span = span is { } s ? s.Union(hit) : hit;
        }

        return (launched, intercepted, span);
    }

    private static int? Count(Words w, int i, int end) =>
        QuantityReader.TryRead(w, i, Math.Max(end, i + 1), out var q, out _) && q.Max == q.Best ? q.Best : null;
}
