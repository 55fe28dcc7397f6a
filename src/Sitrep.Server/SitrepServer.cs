using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Sitrep.Corpus.Store;
using Sitrep.Server.Api;
using Sitrep.Server.Feeds;
using Sitrep.Server.Security;
using Sitrep.Server.Watches;

namespace Sitrep.Server;

/// <summary>Builds the web application: JSON API under <c>/api</c>, OpenAPI document, and the bundled UI.</summary>
public static partial class SitrepServer
{
    /// <summary>
    /// Creates the application. <paramref name="settings"/> (keys of <see cref="ServerOptions"/>) override
    /// configuration from <paramref name="args"/> and the environment; <paramref name="urls"/> defaults to
    /// loopback only.
    /// </summary>
    public static WebApplication Create(string[] args, IReadOnlyDictionary<string, string?>? settings = null, string? urls = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var listen = urls ?? builder.Configuration["urls"] ?? ServerOptions.DefaultUrls;
        builder.WebHost.UseUrls(listen);
        // One line per request per framework component is noise (6.6 MB for 9,600 requests): keep warnings.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ServerJsonContext.Default));
        builder.Services.AddOpenApi();
        // Opened lazily so that test hosts can point the configuration at their own store first.
        builder.Services.AddSingleton<ICorpusStore>(sp => CorpusStore.Open(sp.GetRequiredService<IConfiguration>()[ServerOptions.Db]));
        builder.Services.AddSingleton<WriteToken>();
        builder.Services.AddSingleton<ResponseCache>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => ServerBudget.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddWatches();
        builder.Services.AddFeeds();

        var app = builder.Build();
        var token = app.Services.GetRequiredService<WriteToken>();
        if (!Binding.IsLoopbackOnly(listen) && token.Token is null)
        {
            LogOpenBinding(app.Logger, listen);
        }

        var hosts = new HostCheck(listen, app.Configuration[ServerOptions.AllowedHosts]);
        app.Use(hosts.InvokeAsync);
        app.UseSecurityHeaders();
        app.UseBadQueryResponses();
        var files = new EmbeddedFileProvider(Assembly.GetExecutingAssembly(), "Sitrep.Server.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapOpenApi("/openapi/{documentName}.json");

        var api = app.MapGroup("/api");
        ReadEndpoints.Map(api);
        StatsEndpoints.Map(api);
        ExportEndpoints.Map(api);
        ReviewEndpoints.Map(api);
        IngestEndpoints.Map(api);
        app.MapWatches(api);
        api.MapFeeds();
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "listening on {Urls}, beyond loopback, with no token: anyone who can reach this address can read the corpus (writes stay disabled)")]
    private static partial void LogOpenBinding(ILogger logger, string urls);
}
