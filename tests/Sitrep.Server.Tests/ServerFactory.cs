using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sitrep.Server.Tests;

/// <summary>Hosts the server in memory over a fresh <see cref="TestCorpus"/>, with a write token unless told otherwise.</summary>
internal sealed class ServerFactory(string? token = ServerFactory.Token) : WebApplicationFactory<Program>
{
    public const string Token = "test-token-1234";

    public TestCorpus Corpus { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(ServerOptions.Db, Corpus.Db);
        builder.UseSetting(ServerOptions.Token, token ?? "");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public HttpClient Writer()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Corpus.Dispose();
        }
    }
}
