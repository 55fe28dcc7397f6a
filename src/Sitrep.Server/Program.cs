using Sitrep.Server;

// Standalone entry point (`dotnet run --project src/Sitrep.Server -- --Sitrep:Db=corpus.db`); the CLI's
// `sitrep serve` builds the same application through SitrepServer.Create.
var app = SitrepServer.Create(args);
app.Run();

/// <summary>The server's entry point; public so the API tests can host it with WebApplicationFactory.</summary>
public partial class Program;
