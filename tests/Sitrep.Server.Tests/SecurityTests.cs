using System.Text.RegularExpressions;
using Sitrep.Server.Security;

namespace Sitrep.Server.Tests;

public sealed partial class SecurityTests : IDisposable
{
    private readonly ServerFactory server = new();

    public void Dispose() => server.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/js/app.js")]
    [InlineData("/api/events")]
    public async Task Every_response_carries_a_strict_policy(string url)
    {
        using var response = await server.CreateClient().GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_page_has_no_inline_script_and_the_ui_code_never_parses_html()
    {
        var client = server.CreateClient();
        var index = await client.Text("/");
        Assert.All(ScriptTag().Matches(index), m => Assert.Contains("src=", m.Value, StringComparison.Ordinal));
        Assert.DoesNotMatch(HandlerAttribute(), index);
        foreach (var module in new[] { "app", "api", "dom", "map", "timeline", "document", "documents", "incidents", "quotes", "highlight", "colors" })
        {
            var code = await client.Text($"/js/{module}.js");
            Assert.DoesNotMatch(HtmlSinks(), code);
        }
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080;http://[::1]:5081", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://10.1.2.3:5080", false)]
    [InlineData("http://127.0.0.1:5080;http://example.org:80", false)]
    public void Tells_loopback_bindings_from_open_ones(string urls, bool loopback) =>
        Assert.Equal(loopback, Binding.IsLoopbackOnly(urls));

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerAttribute();

    [GeneratedRegex(@"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\('on")]
    private static partial Regex HtmlSinks();
}
