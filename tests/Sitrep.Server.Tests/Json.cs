using System.Net.Http.Json;
using System.Text.Json;

namespace Sitrep.Server.Tests;

internal static class Json
{
    public static async Task<JsonElement> GetJson(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, object body) =>
        client.PostAsync(new Uri(url, UriKind.Relative), JsonContent.Create(body), TestContext.Current.CancellationToken);

    public static Task<string> Text(this HttpClient client, string url) =>
        client.GetStringAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).ToString();

    public static List<JsonElement> Items(this JsonElement e) => e.EnumerateArray().ToList();
}
