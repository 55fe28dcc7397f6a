namespace Sitrep.Server;

/// <summary>Configuration keys of the server (command-line options of <c>sitrep serve</c> map onto them).</summary>
public static class ServerOptions
{
    /// <summary>The store: a SQLite file or a PostgreSQL connection string/URL.</summary>
    public const string Db = "Sitrep:Db";

    /// <summary>The bearer token write endpoints require; writes are refused when none is set.</summary>
    public const string Token = "Sitrep:Token";

    /// <summary>Environment variable read when <see cref="Token"/> is not configured.</summary>
    public const string TokenVariable = "SITREP_TOKEN";

    /// <summary>Where the server listens unless told otherwise: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";
}
