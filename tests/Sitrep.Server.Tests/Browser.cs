using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Sitrep.Server.Tests;

/// <summary>
/// A real server on a loopback port over a <see cref="TestCorpus"/>, and Debian's Chromium driven by
/// Playwright (no browser download). Without Chromium the tests skip, except under CI (CI=true), where a
/// missing browser is a failure: CI installs it.
/// </summary>
internal sealed class Browser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly WebApplication app;
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private Browser(TestCorpus corpus, WebApplication app, IPlaywright playwright, IBrowser browser, IPage page)
    {
        Corpus = corpus;
        this.app = app;
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
        Errors = [];
        page.PageError += (_, message) => Errors.Add(message);
        page.Console += (_, message) => { if (message.Type == "error") { Errors.Add(message.Text); } };
    }

    public TestCorpus Corpus { get; }

    public IPage Page { get; }

    public string BaseUrl => app.Urls.First();

    /// <summary>Script errors and console errors (CSP violations show up here).</summary>
    public List<string> Errors { get; }

    public static async Task<Browser> Start()
    {
        if (!File.Exists(ChromiumPath))
        {
            var message = $"browser tests need Chromium at {ChromiumPath} (apt-get install -y chromium)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message + "; CI must install it");
            }

            Assert.Skip(message);
        }

        var corpus = new TestCorpus();
        var app = SitrepServer.Create([], new Dictionary<string, string?> { [ServerOptions.Db] = corpus.Db, [ServerOptions.Token] = ServerFactory.Token, ["Logging:LogLevel:Default"] = "Warning" }, "http://127.0.0.1:0");
        await app.StartAsync(TestContext.Current.CancellationToken);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        page.SetDefaultTimeout(15_000);
        return new Browser(corpus, app, playwright, browser, page);
    }

    /// <summary>Saves a screenshot under TestResults/screenshots (a CI artefact) and returns its path.</summary>
    public async Task<string> Screenshot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Corpus.Dispose();
    }
}
