using System.CommandLine;
using System.Globalization;
using Sitrep.Corpus.Watches.Delivery;

namespace Sitrep.Cli.Commands.Watches;

/// <summary>The SMTP options of the commands that deliver notifications (<c>deliver</c>, <c>serve</c>).</summary>
internal sealed class DeliveryOptions
{
    private readonly Option<string?> smtp = new("--smtp") { Description = "SMTP server HOST:PORT for e-mail notifications (or SITREP_SMTP)" };
    private readonly Option<string?> from = new("--smtp-from") { Description = "Sender address of e-mail notifications", DefaultValueFactory = _ => "sitrep@localhost" };
    private readonly Option<string?> user = new("--smtp-user") { Description = "SMTP user (password from SITREP_SMTP_PASSWORD)" };
    private readonly Option<string> security = new("--smtp-security") { Description = "none, starttls (when offered) or tls", DefaultValueFactory = _ => "starttls" };

    private readonly Option<bool> noDeliver = new("--no-deliver") { Description = "Do not deliver watch notifications while serving (leave them to `sitrep deliver`)" };

    public DeliveryOptions(Command command, bool serving = false)
    {
        security.AcceptOnlyFromAmong("none", "starttls", "tls");
        foreach (var option in new Option[] { smtp, from, user, security })
        {
            command.Options.Add(option);
        }

        if (serving)
        {
            command.Options.Add(noDeliver);
        }
    }

    /// <summary>The server settings (<see cref="Server.ServerOptions"/>) for delivering while serving.</summary>
    public void AddTo(Dictionary<string, string?> settings, ParseResult parse)
    {
        settings[Server.ServerOptions.Deliver] = parse.GetValue(noDeliver) ? "false" : "true";
        if (Smtp(parse) is { } mail)
        {
            settings[Server.ServerOptions.SmtpHost] = mail.Host;
            settings[Server.ServerOptions.SmtpPort] = mail.Port.ToString(CultureInfo.InvariantCulture);
            settings[Server.ServerOptions.SmtpFrom] = mail.From;
            settings[Server.ServerOptions.SmtpUser] = mail.User;
            settings[Server.ServerOptions.SmtpSecurity] = mail.Security;
        }
    }

    /// <summary>The SMTP settings, or null when no server is named.</summary>
    public SmtpSettings? Smtp(ParseResult parse)
    {
        var server = parse.GetValue(smtp) ?? Environment.GetEnvironmentVariable("SITREP_SMTP");
        if (server is null)
        {
            return null;
        }

        var colon = server.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(server.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is 0 or > 65535)
        {
            throw new CliException($"--smtp '{server}' is not HOST:PORT such as 127.0.0.1:25");
        }

        var sender = parse.GetValue(from)!;
        if (!MimeKit.MailboxAddress.TryParse(sender, out _))
        {
            throw new CliException($"--smtp-from '{sender}' is not an e-mail address");
        }

        return new SmtpSettings(server[..colon], port, sender, parse.GetValue(user), Environment.GetEnvironmentVariable("SITREP_SMTP_PASSWORD"), parse.GetRequiredValue(security));
    }

    /// <summary>A dispatcher over <paramref name="store"/> with these settings.</summary>
    public OutboxDispatcher Dispatcher(ParseResult parse, Sitrep.Corpus.Watches.IWatchStore store, HttpClient http,
        Action<Sitrep.Corpus.Watches.PendingDelivery, string?>? delivered = null, TimeSpan? lease = null) =>
        new(store, new WebhookSender(http), Smtp(parse) is { } settings ? new MailSender(settings) : null)
        {
            Delivered = delivered, Lease = lease ?? TimeSpan.FromMinutes(2),
        };
}
