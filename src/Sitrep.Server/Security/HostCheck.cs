using System.Net;

namespace Sitrep.Server.Security;

/// <summary>
/// Refuses requests whose Host header names a host the server was not told about (421), so a page on
/// another site cannot read the corpus through a name it rebinds to 127.0.0.1 (DNS rebinding). Allowed:
/// <c>localhost</c> and <c>*.localhost</c>, IP literals (a rebound name is never one), the host names of
/// the listening URLs, and <see cref="ServerOptions.AllowedHosts"/>.
/// </summary>
internal sealed class HostCheck
{
    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);

    public HostCheck(string urls, string? allowedHosts)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                names.Add(uri.Host);
            }
        }

        foreach (var host in (allowedHosts ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            names.Add(host);
        }
    }

    /// <summary>Whether a request naming <paramref name="host"/> (without port) may be served.</summary>
    public bool Allows(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || IPAddress.TryParse(host.Trim('[', ']'), out _)
        || names.Contains(host);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!Allows(context.Request.Host.Host))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            await context.Response.WriteAsync($"host '{context.Request.Host.Host}' is not served here; start the server with --allowed-hosts to allow it", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
