using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Cli.Output;
using Spectre.Console;

namespace Sitrep.Cli.Commands.Corpus;

/// <summary>
/// Prints query rows as a Spectre table or as JSON Lines: one camelCase record per line with every field the
/// API returns for that row (ids included, not the table's columns), so scripts read the same shape from both.
/// </summary>
internal static class RowOutput
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes rows; returns how many.</summary>
    public static int Write<T>(CliConsole console, string format, IEnumerable<T> rows, params (string Header, Func<T, object?> Value)[] columns) =>
        Write(console, format, rows, null, columns);

    /// <summary>Writes rows, <paramref name="adjust"/> reshaping each JSON record (a field stored as JSON becomes JSON); returns how many.</summary>
    public static int Write<T>(CliConsole console, string format, IEnumerable<T> rows, Action<T, JsonObject>? adjust, params (string Header, Func<T, object?> Value)[] columns)
    {
        var count = 0;
        if (format == "json")
        {
            foreach (var row in rows)
            {
                var record = JsonSerializer.SerializeToNode(row, Json)!.AsObject();
                adjust?.Invoke(row, record);
                console.Out.WriteLine(record.ToJsonString(Json));
                count++;
            }

            return count;
        }

        var table = new Table().Border(TableBorder.Simple);
        foreach (var (header, _) in columns)
        {
            table.AddColumn(header);
        }

        foreach (var row in rows)
        {
            table.AddRow(columns.Select(c => Markup.Escape(Cell(c.Header, c.Value(row)))).ToArray());
            count++;
        }

        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out), ColorSystem = ColorSystemSupport.NoColors });
        ansi.Profile.Width = Math.Max(ansi.Profile.Width, 160);
        ansi.Write(table);
        console.Out.WriteLine(Counted.Of(count, "row"));
        return count;
    }

    // A table names a local source by its file name, so a long path does not squeeze every other column;
    // JSON output keeps the full path.
    private static string Cell(string header, object? value) =>
        header == "Source" && value is string path && !path.Contains("://", StringComparison.Ordinal) ? Path.GetFileName(path) : Text(value);

    private static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
