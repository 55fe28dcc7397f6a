using System.Net;

namespace Sitrep.Server.Security;

/// <summary>Tells loopback-only addresses from ones other machines can reach.</summary>
internal static class Binding
{
    /// <summary>Whether every URL in <paramref name="urls"/> (separated by ';') listens on loopback only.</summary>
    public static bool IsLoopbackOnly(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel accepts wildcard hosts ("*", "+") that Uri rejects: those bind every interface.
            var host = url.Replace("://*", "://wildcard.invalid", StringComparison.Ordinal).Replace("://+", "://wildcard.invalid", StringComparison.Ordinal);
            if (!Uri.TryCreate(host, UriKind.Absolute, out var uri) || !IsLoopbackHost(uri.Host))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
