using System.Globalization;
using System.Text.Json;

namespace Sitrep.Cli.Commands.Watches.Bench;

/// <summary>
/// Invented strike reports for the watch benchmarks, one incident each: towns, tolls and publication dates
/// vary, dates lie three days apart so no two reports link into one incident.
/// </summary>
internal static class WatchDocuments
{
    private static readonly (string Town, string Region)[] Towns =
    [
        ("Konotop", "Sumy"), ("Shostka", "Sumy"), ("Okhtyrka", "Sumy"), ("Kupiansk", "Kharkiv"), ("Izium", "Kharkiv"),
        ("Nikopol", "Dnipropetrovsk"), ("Pavlohrad", "Dnipropetrovsk"), ("Kramatorsk", "Donetsk"), ("Sloviansk", "Donetsk"), ("Kherson", "Kherson"),
    ];

    /// <summary>Report <paramref name="i"/>: its JSON line for <c>sitrep ingest</c> (text, title, url, published).</summary>
    public static string JsonLine(int i)
    {
        var (town, region) = Towns[i % Towns.Length];
        var published = new DateOnly(2026, 1, 1).AddDays(3 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var killed = 1 + (i % 7);
        var text = $"Russian forces struck {town} in {region} region overnight with drones, killing {Words(killed)} people and injuring {Words(killed + 2)}, " +
            $"the regional governor said. Report number {i.ToString(CultureInfo.InvariantCulture)} of the benchmark.";
        return JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["text"] = text, ["title"] = $"Strike on {town}", ["url"] = $"https://bench.example/{i.ToString(CultureInfo.InvariantCulture)}", ["published"] = published,
        });
    }

    /// <summary>Writes <paramref name="count"/> reports as JSON Lines to <paramref name="path"/>.</summary>
    public static string Write(string path, int count)
    {
        File.WriteAllLines(path, Enumerable.Range(0, count).Select(JsonLine));
        return path;
    }

    private static string Words(int n) => n switch
    {
        1 => "one", 2 => "two", 3 => "three", 4 => "four", 5 => "five", 6 => "six", 7 => "seven", 8 => "eight", _ => "nine",
    };
}
