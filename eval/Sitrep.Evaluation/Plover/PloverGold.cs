using System.Text.Json;

namespace Sitrep.Evaluation.Plover;

/// <summary>One PLOVER gold-standard record: a sentence, its event category and its coded actors.</summary>
/// <param name="Id">Record id ("PLOVER-GSR01-AGREE-0002").</param>
/// <param name="Text">The sentence.</param>
/// <param name="Category">The current PLOVER category (2016 names mapped).</param>
/// <param name="Original">The category as the record names it (2016 draft).</param>
/// <param name="Mode">The record's mode, when it gives one.</param>
/// <param name="Sources">Country codes (ISO alpha-3) of the source actors; IGO/NGO-style codes left out.</param>
/// <param name="Targets">Country codes of the targets, the same way.</param>
public sealed record PloverRecord(string Id, string Text, string Category, string Original, string? Mode,
    IReadOnlyList<string> Sources, IReadOnlyList<string> Targets);

/// <summary>
/// Reads the PLOVER gold-standard records (PLOVER_GSR_CAMEO, 2016 draft categories) and maps them to the
/// 16 current PLOVER categories as the shared README says: DEMAND → REQUEST, DISAPPROVE and INVESTIGATE →
/// ACCUSE, FIGHT → ASSAULT. The DOCUMENT header record is skipped.
/// </summary>
public static class PloverGold
{
    /// <summary>The 16 current PLOVER categories.</summary>
    public static IReadOnlyList<string> Categories { get; } =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["DEMAND"] = "REQUEST", ["DISAPPROVE"] = "ACCUSE", ["INVESTIGATE"] = "ACCUSE", ["FIGHT"] = "ASSAULT",
    };

    // Codes of the records that are not ISO 3166 alpha-3 (CAMEO spellings).
    private static readonly Dictionary<string, string> CameoCountries = new(StringComparer.Ordinal)
    {
        ["JAP"] = "JPN", ["ITL"] = "ITA",
    };

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a JSON array of PLOVER records.</exception>
    public static IReadOnlyList<PloverRecord> Read(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{path}: expected a JSON array of PLOVER records");
            }

            var records = new List<PloverRecord>();
            foreach (var item in json.RootElement.EnumerateArray())
            {
                var original = Text(item, "event") ?? throw new InvalidDataException($"{path}: a record has no 'event'");
                if (original == "DOCUMENT")
                {
                    continue;
                }

                var category = Renamed.GetValueOrDefault(original, original);
                if (!Categories.Contains(category))
                {
                    throw new InvalidDataException($"{path}: record {Text(item, "id")} has the unknown category '{original}'");
                }

                records.Add(new PloverRecord(
                    Text(item, "id") ?? "?",
                    Text(item, "text") ?? throw new InvalidDataException($"{path}: record {Text(item, "id")} has no 'text'"),
                    category, original, Text(item, "mode") is { Length: > 0 } mode ? mode : null,
                    Countries(item, "source"), Countries(item, "target")));
            }

            return records;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not JSON ({e.Message})", e);
        }
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // "source": [{"actorText": ..., "code": "IRN"}] or "" when none; IGO, NGO and IMG name no country.
    private static List<string> Countries(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var actors) || actors.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. actors.EnumerateArray()
            .Select(a => Text(a, "code"))
            .OfType<string>()
            .Where(c => c.Length == 3 && c is not ("IGO" or "NGO" or "IMG"))
            .Select(c => CameoCountries.GetValueOrDefault(c, c))
            .Distinct()];
    }
}
