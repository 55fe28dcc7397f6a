using System.Text.Json;
using Microsoft.Playwright;
using Sitrep.Corpus.Exports;

namespace Sitrep.Server.Tests;

/// <summary>The UI in headless Chromium: map and filters, evidence highlighting, review feeding the export, and XSS.</summary>
public sealed class BrowserTests
{
    [Fact]
    public async Task Filters_the_map_highlights_evidence_and_a_correction_changes_the_export()
    {
        await using var b = await Browser.Start();
        var page = b.Page;
        await page.GotoAsync(b.BaseUrl + "/#/map");
        await page.WaitForSelectorAsync("body[data-map-ready=true]");
        await Assertions.Expect(page.Locator("#event-list h2")).ToHaveTextAsync("4 events");
        Assert.True(await page.Locator(".leaflet-overlay-pane path, .leaflet-overlay-pane canvas").CountAsync() > 0, "country layer drawn");
        Assert.Equal(1, await page.Locator("#timeline .uplot").CountAsync());
        await Events_are_painted_before_the_first_paint_mark_and_a_click_on_one_opens_its_popup(page);

        await page.FillAsync("input[name=admin1]", "Kharkiv Oblast");
        await page.ClickAsync("#apply-filters");
        await Assertions.Expect(page.Locator("#event-list h2")).ToHaveTextAsync("2 events");
        var shot = await b.Screenshot("map-filtered");
        Assert.True(new FileInfo(shot).Length > 10_000);

        var kharkiv1 = TestCorpus.IdOf(TestCorpus.Kharkiv1);
        await page.ClickAsync($"#event-list a[href='#/doc/{Uri.EscapeDataString(kharkiv1)}/V1']");
        await page.WaitForSelectorAsync(".event-card[data-event=V1]");
        await page.ClickAsync(".event-card[data-event=V1] .field-button[data-field=killed]");
        await Assertions.Expect(page.Locator(".article-text .hl")).ToHaveTextAsync("four");
        await b.Screenshot("document-evidence");
        await page.ClickAsync(".event-card[data-event=V1] .field-button[data-field=place]");
        await Assertions.Expect(page.Locator(".article-text .hl")).ToHaveTextAsync("Kharkiv");

        var before = await Export(page, kharkiv1);
        await page.ClickAsync("#settings summary");
        await page.FillAsync("#reviewer", "ana");
        await page.FillAsync("#token", ServerFactory.Token);
        await page.SelectOptionAsync(".event-card[data-event=V1] .correct-field", "killed");
        await page.FillAsync(".event-card[data-event=V1] .correct-value", "6");
        await page.ClickAsync(".event-card[data-event=V1] button.correct");
        await Assertions.Expect(page.Locator(".event-card[data-event=V1] td.value[data-field=killed]")).ToContainTextAsync("6");
        await Assertions.Expect(page.Locator(".event-card[data-event=V1] .trail li")).ToContainTextAsync("ana correct killed: 4 → 6");
        Assert.Equal((4, 6), (before, await Export(page, kharkiv1)));
        Assert.Empty(b.Errors);
    }

    [Fact]
    public async Task Hostile_article_text_and_strings_show_literally_and_nothing_runs()
    {
        await using var b = await Browser.Start();
        var page = b.Page;
        const string title = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=1\">Title";
        const string text = "Officials said <script>window.__xss=1</script> the <img src=x onerror=\"window.__xss=2\"> strike hit " +
            "<a href=\"javascript:window.__xss=3\">a depot</a> and <svg onload=\"window.__xss=4\"></svg> a school on Monday.";
        await page.GotoAsync(b.BaseUrl + "/#/documents");
        var response = await page.APIRequest.PostAsync(b.BaseUrl + "/api/documents", new APIRequestContextOptions
        {
            Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + ServerFactory.Token },
            DataObject = new { text, title, url = "javascript:window.__xss=5", published = "2026-03-06" },
        });
        Assert.True(response.Ok, await response.TextAsync());
        var id = JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("id").GetString()!;

        await page.GotoAsync(b.BaseUrl + "/#/doc/" + Uri.EscapeDataString(id));
        await Assertions.Expect(page.Locator(".doc-title")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator(".article-text")).ToHaveTextAsync(text);
        // A right-to-left override in an article string reorders only that string: its elements are isolated.
        Assert.Equal(["isolate", "isolate"], await page.EvaluateAsync<string[]>("() => ['.doc-title', '.article-text'].map(s => getComputedStyle(document.querySelector(s)).unicodeBidi)"));

        // The hand-built hostile report: payloads as entity, place and source strings, on the map and in the document.
        await page.GotoAsync(b.BaseUrl + "/#/doc/" + Uri.EscapeDataString(TestCorpus.IdOf(TestCorpus.Hostile)));
        await Assertions.Expect(page.Locator(".article-text")).ToHaveTextAsync(TestCorpus.Hostile);
        await Assertions.Expect(page.Locator(".doc-side")).ToContainTextAsync(TestCorpus.HostileName);
        await b.Screenshot("hostile-document");
        await page.GotoAsync(b.BaseUrl + "/#/map");
        await page.WaitForSelectorAsync("body[data-map-ready=true]");
        await Assertions.Expect(page.Locator("#event-list")).ToContainTextAsync("<b onmouseover=\"window.__xss=1\">Sumy</b>");
        await page.GotoAsync(b.BaseUrl + "/#/incidents");
        await page.WaitForSelectorAsync(".incident");

        Assert.Equal(0, await page.Locator("script:not([src]), img, svg[onload], [onerror], [onload], [onmouseover], a[href^='javascript:']").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
    }

    /// <summary>
    /// The map bench reads the page's 'sitrep:map-painted' mark: the events must be on the canvas by then, and
    /// the canvas must answer clicks (points are hit-tested, not DOM elements).
    /// </summary>
    private static async Task Events_are_painted_before_the_first_paint_mark_and_a_click_on_one_opens_its_popup(IPage page)
    {
        var marks = await page.EvaluateAsync<string[]>("() => performance.getEntriesByType('mark').map(m => m.name)");
        Assert.Equal(["sitrep:events-drawn", "sitrep:map-painted"], marks.Where(m => m is "sitrep:events-drawn" or "sitrep:map-painted"));
        // A pixel inside a drawn circle: painted itself and all around it.
        var at = await page.EvaluateAsync<double[]>(
            """
            () => {
              const canvas = document.querySelector('.leaflet-events-pane canvas');
              const { data, width, height } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
              const painted = (x, y) => data[(y * width + x) * 4 + 3] > 100;
              const box = canvas.getBoundingClientRect();
              for (let y = 3; y < height - 3; y++)
                for (let x = 3; x < width - 3; x++)
                  if (painted(x, y) && painted(x - 3, y) && painted(x + 3, y) && painted(x, y - 3) && painted(x, y + 3))
                    return [box.left + x * box.width / width, box.top + y * box.height / height];
              return [];
            }
            """);
        Assert.Equal(2, at.Length);
        await page.Mouse.ClickAsync((float)at[0], (float)at[1]);
        await Assertions.Expect(page.Locator(".leaflet-popup .open-event")).ToHaveTextAsync("Open evidence");
        await page.Keyboard.PressAsync("Escape");
    }

    private static async Task<int> Export(IPage page, string documentId)
    {
        var csv = await page.EvaluateAsync<string>("() => fetch('/api/export/acled.csv').then(r => r.text())");
        var prefix = documentId.Replace("sha256:", "", StringComparison.Ordinal)[..12];
        return AcledCsv.Read(new StringReader(csv)).Single(r => r.EventIdCnty.Contains(prefix, StringComparison.Ordinal)).Fatalities;
    }
}
