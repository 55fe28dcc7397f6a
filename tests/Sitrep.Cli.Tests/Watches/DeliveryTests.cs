using System.Text.Json;
using netDumbster.smtp;
using Sitrep.Cli.Commands.Watches.Bench;
using Sitrep.Corpus.Store;
using Sitrep.Corpus.Watches;

namespace Sitrep.Cli.Tests.Watches;

/// <summary>`sitrep watch` and `sitrep deliver` against a real webhook receiver and a real SMTP server on 127.0.0.1.</summary>
public sealed class DeliveryTests
{
    internal const string Strike =
        "Russian forces struck Konotop in Sumy region overnight with drones, killing three people and injuring five, the regional governor said on Saturday.";

    [Fact]
    public async Task A_matching_incident_is_posted_signed_once_and_mailed_once()
    {
        using var folder = new TempFolder();
        await using var receiver = await WebhookReceiver.StartAsync();
        using var smtp = SimpleSmtpServer.Start();
        var db = Path.Combine(folder.Path, "corpus.db");
        var added = CliRun.Of("watch", "add", "sumy", "--admin1", "Sumy Oblast", "--min-killed", "1", "--webhook", receiver.Url, "--email", "desk@example.org", "--db", db);
        Assert.Equal(0, added.ExitCode);
        receiver.Secret = added.Output.Split("HMAC-SHA256 of the body): ")[1].Trim();
        Assert.Equal(0, CliRun.Of("ingest", folder.File("konotop.txt", Strike), "--published", "2026-03-14", "--db", db).ExitCode);

        var delivered = CliRun.Of("deliver", "--once", "--smtp", $"127.0.0.1:{smtp.Configuration.Port}", "--smtp-security", "none", "--db", db);
        Assert.Equal(0, CliRun.Of("deliver", "--once", "--db", db).ExitCode); // nothing left: nothing sent twice

        Assert.Equal(0, delivered.ExitCode);
        var post = Assert.Single(receiver.Received);
        Assert.True(post.SignatureValid);
        Assert.Equal("1.1", post.Delivery);
        var notification = JsonSerializer.Deserialize(post.Body, WatchJsonContext.Default.Notification)!;
        Assert.Equal((post.Key, "sumy", "new", "Konotop", 3), (notification.Key, notification.Watch, notification.Kind, notification.Incident.Place, notification.Incident.KilledBest));
        var mail = Assert.Single(smtp.ReceivedEmail);
        Assert.Contains("Konotop", mail.Headers["Subject"], StringComparison.Ordinal);
        Assert.Equal(post.Key, mail.Headers["X-Sitrep-Idempotency-Key"]);
        Assert.Contains("webhook: delivered; email: delivered", CliRun.Of("watch", "log", "sumy", "--format", "json", "--db", db).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receiver_that_fails_transiently_gets_the_same_key_again_with_a_new_delivery_number()
    {
        using var folder = new TempFolder();
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.FailFirst = 2; // two 500s, then the third try (Polly's second retry) succeeds
        var db = Path.Combine(folder.Path, "corpus.db");
        CliRun.Of("watch", "add", "all", "--webhook", receiver.Url, "--secret", "s3cret", "--db", db);
        receiver.Secret = "s3cret";
        CliRun.Of("ingest", folder.File("konotop.txt", Strike), "--published", "2026-03-14", "--db", db);

        Assert.Equal(0, CliRun.Of("deliver", "--once", "--db", db).ExitCode);

        var post = Assert.Single(receiver.Received);
        Assert.Equal("1.3", post.Delivery);
        Assert.True(post.SignatureValid);
    }

    [Fact]
    public void Watch_commands_explain_bad_input_in_one_line()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "corpus.db");
        Assert.Contains("--near 'x' is not a point", CliRun.Of("watch", "add", "a", "--near", "x", "--radius-km", "5", "--db", db).Error, StringComparison.Ordinal);
        Assert.Contains("not an absolute http", CliRun.Of("watch", "add", "a", "--webhook", "ftp://x", "--db", db).Error, StringComparison.Ordinal);
        Assert.Contains("no watch named 'nope'", CliRun.Of("watch", "remove", "nope", "--db", db).Error, StringComparison.Ordinal);
        Assert.Contains("is not HOST:PORT", CliRun.Of("deliver", "--once", "--smtp", "localhost", "--db", db).Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("watch", "add", "a", "--type", "Air/drone strike", "--db", db).ExitCode);
        Assert.Contains("--type \"Air/drone strike\"", CliRun.Of("watch", "list", "--db", db).Output, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("watch", "remove", "a", "--db", db).ExitCode);
        using var store = CorpusStore.Open(db);
        Assert.Empty(((IWatchStore)store).Watches());
    }
}
