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

    /// <summary>Largest document <c>POST /api/documents</c> accepts, in bytes (default <see cref="Corpus.Ingest.InputBudget.DefaultMaxBytes"/>).</summary>
    public const string MaxBytes = "Sitrep:MaxBytes";

    /// <summary>Longest analysis of one posted document, in seconds (default 60).</summary>
    public const string TimeBudget = "Sitrep:TimeBudget";

    /// <summary>
    /// Host names (';'-separated) requests may name besides loopback names, IP literals and the names in the
    /// listening URLs; any other Host header is refused (DNS rebinding).
    /// </summary>
    public const string AllowedHosts = "Sitrep:AllowedHosts";
    /// <summary>"true": deliver the outbox's notifications while serving (<c>sitrep serve</c> sets it unless <c>--no-deliver</c>).</summary>
    public const string Deliver = "Sitrep:Deliver";

    /// <summary>SMTP host for e-mail notifications (none: e-mail deliveries wait and report why).</summary>
    public const string SmtpHost = "Sitrep:Smtp:Host";

    /// <summary>SMTP port (default 25).</summary>
    public const string SmtpPort = "Sitrep:Smtp:Port";

    /// <summary>Sender address of e-mail notifications.</summary>
    public const string SmtpFrom = "Sitrep:Smtp:From";

    /// <summary>SMTP user (password from SITREP_SMTP_PASSWORD).</summary>
    public const string SmtpUser = "Sitrep:Smtp:User";

    /// <summary>none, starttls or tls.</summary>
    public const string SmtpSecurity = "Sitrep:Smtp:Security";

    /// <summary>Where the server listens unless told otherwise: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";
}
