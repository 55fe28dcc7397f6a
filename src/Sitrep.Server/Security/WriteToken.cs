using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Server.Security;

/// <summary>
/// Guards write endpoints: the request must carry <c>Authorization: Bearer TOKEN</c> matching the token the
/// server was started with. Without a configured token, writes are refused outright. A header (not a
/// cookie) carries it, so another site cannot make a browser send it.
/// </summary>
internal sealed class WriteToken(IConfiguration configuration) : IEndpointFilter
{
    public string? Token { get; } = Configured(configuration);

    public static string? Configured(IConfiguration configuration) =>
        configuration[ServerOptions.Token] is { Length: > 0 } token ? token
        : Environment.GetEnvironmentVariable(ServerOptions.TokenVariable) is { Length: > 0 } variable ? variable
        : null;

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (Token is null)
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(
                "writes are disabled: start the server with --token or SITREP_TOKEN", statusCode: StatusCodes.Status403Forbidden));
        }

        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var given = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : "";
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(Token)))
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem("missing or wrong bearer token", statusCode: StatusCodes.Status401Unauthorized));
        }

        return next(context);
    }
}
