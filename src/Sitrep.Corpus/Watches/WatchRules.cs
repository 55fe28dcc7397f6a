using System.Text.RegularExpressions;

namespace Sitrep.Corpus.Watches;

/// <summary>What makes a watch valid: a usable name, a complete point and radius, a webhook URL and address that can be used.</summary>
internal static partial class WatchRules
{
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex NamePattern();

    public static void Check(Watch watch)
    {
        if (!NamePattern().IsMatch(watch.Name))
        {
            throw new ArgumentException($"watch name '{watch.Name}' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }

        if ((watch.Lat is null) != (watch.RadiusKm is null) || (watch.Lat is null) != (watch.Lon is null))
        {
            throw new ArgumentException("a point filter needs both the point (--near LAT,LON) and the radius (--radius-km)");
        }

        if (watch.Lat is < -90 or > 90 || watch.Lon is < -180 or > 180 || watch.RadiusKm is <= 0)
        {
            throw new ArgumentException("the point must lie within latitude -90..90 and longitude -180..180, and the radius be above 0 km");
        }

        if (watch.MinKilled is < 0 || watch.MinInjured is < 0)
        {
            throw new ArgumentException("--min-killed and --min-injured cannot be negative");
        }

        if (watch.Webhook is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            throw new ArgumentException($"webhook '{url}' is not an absolute http:// or https:// URL");
        }

        if (watch.Email is { } address && !MimeKit.MailboxAddress.TryParse(address, out _))
        {
            throw new ArgumentException($"e-mail address '{address}' cannot be parsed");
        }
    }
}
