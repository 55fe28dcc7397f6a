using Sitrep.Reporting;
using Sitrep.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sitrep.Cli.Output;

/// <summary>
/// The human-readable face of a report (<c>--format text</c>): tables of entities, places, quotes
/// and events. Every string from the article is escaped before it reaches Spectre markup.
/// </summary>
internal static class ReportSummary
{
    private const int MaxQuoteLength = 90;

    /// <summary>Writes the summary of <paramref name="report"/> over <paramref name="text"/>.</summary>
    public static void Write(TextWriter writer, Report report, string text)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = writer == Console.Out ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = writer == Console.Out ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        var names = report.Entities.ToDictionary(e => e.Id, e => e.Name);
        var places = report.Places.ToDictionary(p => p.Id, p => p.Name);

        var doc = report.Document;
        console.Write(new Rule($"[bold]{Markup.Escape(doc.Source ?? "document")}[/]").LeftJustified());
        console.MarkupLine($"published [bold]{doc.Published ?? "unknown"}[/] · {doc.Length:N0} characters · {Markup.Escape(doc.Id)}");
        console.WriteLine();

        Section(console, "Entities", report.Entities.Count, () => Table(
            ["id", "type", "name", "role", "affiliation", "mentions"],
            report.Entities.Select(e => Row(e.Id, Name(e.Type), e.Name, e.Role, e.Affiliation, e.Mentions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        Section(console, "Places", report.Places.Count, () => Table(
            ["id", "name", "kind", "admin1", "country", "lat, lon"],
            report.Places.Select(p => Row(p.Id, p.Name, Name(p.Kind), p.Admin1, p.Country,
                p.Lat is { } lat && p.Lon is { } lon ? FormattableString.Invariant($"{lat:0.00}, {lon:0.00}") : null))));
        Section(console, "Quotes", report.Quotes.Count, () => Table(
            ["id", "kind", "speaker", "cue", "content"],
            report.Quotes.Select(q => Row(q.Id, Name(q.Kind), Speaker(q, names, text), Of(q.Cue, text), Shorten(q.Content.Of(text))))));
        Section(console, "Events", report.Events.Count, () => Table(
            ["id", "type", "where", "when", "weapon", "killed", "injured"],
            report.Events.Select(v => Row(v.Id, v.SubEventType ?? v.Plover ?? Name(v.Category),
                v.Place is { } p && places.TryGetValue(p, out var place) ? place : null,
                v.Date, v.Weapon is { } w ? Name(w) : null, Figure(v.Killed), Figure(v.Injured)))));
    }

    private static void Section(IAnsiConsole console, string title, int count, Func<IRenderable> table)
    {
        console.MarkupLine($"[bold]{title}[/] ({count})");
        if (count == 0)
        {
            console.MarkupLine("  [grey]none found[/]");
        }
        else
        {
            console.Write(table());
        }

        console.WriteLine();
    }

    private static Table Table(string[] headers, IEnumerable<string[]> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(header));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Spectre.Console.Text(cell)).ToArray());
        }

        return table;
    }

    private static string[] Row(params string?[] cells) => [.. cells.Select(c => c ?? "–")];

    private static string Name<T>(T value) where T : struct, Enum => ReportJson.NameOf(value);

    private static string? Of(TextSpan? span, string text) => span is { } s ? s.Of(text) : null;

    private static string? Speaker(QuoteRecord quote, Dictionary<string, string> names, string text) =>
        quote.Speaker is { } id && names.TryGetValue(id, out var name) ? name : Of(quote.Source, text);

    private static string? Figure(Casualties? casualties) => casualties switch
    {
        null => null,
        { Min: var min, Max: var max } when min == max => casualties.Best.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => FormattableString.Invariant($"{casualties.Best} ({casualties.Min}–{casualties.Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"})"),
    };

    private static string Shorten(string content)
    {
        var flat = content.ReplaceLineEndings(" ");
        return flat.Length <= MaxQuoteLength ? flat : string.Concat(flat.AsSpan(0, MaxQuoteLength - 1), "…");
    }
}
