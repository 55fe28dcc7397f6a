using System.CommandLine;
using System.Globalization;
using Sitrep.Corpus.Store;

namespace Sitrep.Cli.Commands.Corpus;

/// <summary>Options shared by the corpus commands: <c>--db</c>, filters and output format.</summary>
internal static class CorpusOptions
{
    /// <summary>The global <c>--db</c> option (recursive: every subcommand accepts it).</summary>
    public static readonly Option<string?> Db = new("--db")
    {
        Description = $"Corpus store: a SQLite file (default ./{CorpusStore.DefaultPath}) or a PostgreSQL connection string / postgresql:// URL",
        Recursive = true,
    };

    /// <summary>The store <c>--db</c> (else SITREP_DB) names, or null for the default file.</summary>
    public static string? Target(ParseResult parse) => parse.GetValue(Db) ?? Environment.GetEnvironmentVariable("SITREP_DB");

    /// <summary>
    /// Opens the store for a read command: a SQLite file must exist already, so a mistyped <c>--db</c> is an
    /// error rather than a new empty store (only ingest, worker and serve create one).
    /// </summary>
    public static ICorpusStore OpenExisting(ParseResult parse)
    {
        var db = Target(parse);
        var path = string.IsNullOrWhiteSpace(db) ? CorpusStore.DefaultPath : db.Trim();
        if (!CorpusStore.IsPostgres(path) && !File.Exists(path))
        {
            throw new CliException($"no store at {path} (`sitrep ingest` creates one; --db or SITREP_DB names another)", ExitCodes.Failed);
        }

        return Open(parse);
    }

    /// <summary>Opens (creating when missing) the store <c>--db</c> names, turning connection failures into one-line errors.</summary>
    public static ICorpusStore Open(ParseResult parse)
    {
        var db = Target(parse);
        try
        {
            return CorpusStore.Open(db);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot open the store '{db ?? CorpusStore.DefaultPath}': {e.Message}", ExitCodes.Failed);
        }
    }

    /// <summary>The filter options, added to a command.</summary>
    public sealed class Filters
    {
        private readonly Option<string?> country = new("--country") { Description = "ISO 3166-1 alpha-2 country (UA, RU, ...)" };
        private readonly Option<string?> admin1 = new("--admin1") { Description = "Admin-1 region, e.g. \"Sumy Oblast\"" };
        private readonly Option<string?> from = new("--from") { Description = "Earliest date, YYYY-MM-DD" };
        private readonly Option<string?> to = new("--to") { Description = "Latest date, YYYY-MM-DD (inclusive)" };
        private readonly Option<string?> type = new("--type") { Description = "Event type, sub-event type, category or PLOVER code; entity type; quote kind" };
        private readonly Option<string?> speaker = new("--speaker") { Description = "Speaker name contains" };
        private readonly Option<string?> actor = new("--actor") { Description = "Actor or target name contains" };
        private readonly Option<string?> language = new("--language") { Description = "Document language: en, uk or ru" };
        private readonly Option<string?> limit = new("--limit", "-n") { Description = "At most this many rows (a whole number from 1)" };

        public Filters(Command command)
        {
            foreach (var option in new Option[] { country, admin1, from, to, type, speaker, actor, language, limit })
            {
                command.Options.Add(option);
            }
        }

        public CorpusFilter Read(ParseResult parse) => new()
        {
            Country = parse.GetValue(country),
            Admin1 = parse.GetValue(admin1),
            From = Date(parse.GetValue(from), "--from"),
            To = Date(parse.GetValue(to), "--to"),
            Type = parse.GetValue(type),
            Speaker = parse.GetValue(speaker),
            Actor = parse.GetValue(actor),
            Language = Language(parse.GetValue(language)),
            Limit = Limit(parse.GetValue(limit)),
        };

        private static int? Limit(string? value) =>
            value is null ? null
            : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
            : throw new CliException($"--limit '{value}' is not a whole number from 1 up");

        private static string? Language(string? value) =>
            value is null || Sitrep.Text.LanguageDetector.Codes.Contains(value.ToLowerInvariant())
                ? value?.ToLowerInvariant()
                : throw new CliException($"--language '{value}' is not one of {string.Join(", ", Sitrep.Text.LanguageDetector.Codes)}");

        private static string? Date(string? value, string name) =>
            value is null || DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? value
                : throw new CliException($"{name} '{value}' is not a date in the form YYYY-MM-DD");
    }

    /// <summary>The <c>--format table|json</c> option of the query commands.</summary>
    public static Option<string> Format()
    {
        var format = new Option<string>("--format", "-f") { Description = "table (readable) or json (JSON Lines: one camelCase record per row, with its document and row ids, the API's fields)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        return format;
    }
}
