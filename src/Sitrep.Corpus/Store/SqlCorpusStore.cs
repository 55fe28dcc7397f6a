using System.Data.Common;
using Dapper;
using Sitrep.Corpus.Readers;
using Sitrep.Reporting;

namespace Sitrep.Corpus.Store;

/// <summary>
/// The store's behaviour, written once in SQL both SQLite and PostgreSQL accept (<c>ON CONFLICT</c>,
/// <c>RETURNING</c>, <c>@name</c> parameters through Dapper). Subclasses supply connections, full-text
/// search and the claim lock.
/// </summary>
public abstract partial class SqlCorpusStore : ICorpusStore
{
    static SqlCorpusStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    /// <inheritdoc/>
    public abstract string Backend { get; }

    /// <inheritdoc/>
    public abstract IReadOnlyList<SearchHit> Search(string query, int limit);

    /// <inheritdoc/>
    public abstract IReadOnlyList<SearchHit> SearchQuotes(string query, int limit);

    /// <summary>Opens a new connection (pooled by the provider).</summary>
    protected abstract DbConnection OpenConnection();

    /// <summary>Milliseconds since the Unix epoch, the store's clock.</summary>
    protected static long Now => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <inheritdoc/>
    public bool Contains(string documentId)
    {
        using var connection = OpenConnection();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM documents WHERE id = @documentId", new { documentId }) > 0;
    }

    /// <inheritdoc/>
    public bool Save(SourceDocument document, Report report)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(report);
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (!InsertDocument(connection, transaction, document, report.Document.Id, "done", ReportJson.Serialize(report)))
        {
            return false;
        }

        InsertReportRows(connection, transaction, report.Document.Id, report, document.Text);
        EvaluateWatches(connection, transaction, report.Document.Id, document.Text);
        transaction.Commit();
        return true;
    }

    /// <inheritdoc/>
    public bool Enqueue(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        var added = InsertDocument(connection, transaction, document, Text.DocumentId.Of(document.Text), "queued", null);
        transaction.Commit();
        return added;
    }

    /// <inheritdoc/>
    public string? TextOf(string documentId)
    {
        using var connection = OpenConnection();
        return connection.QuerySingleOrDefault<string>("SELECT text FROM documents WHERE id = @documentId", new { documentId });
    }

    /// <inheritdoc/>
    public CorpusCounts Counts()
    {
        using var connection = OpenConnection();
        return connection.QuerySingle<CorpusCounts>(
            """
            SELECT (SELECT count(*) FROM documents) AS documents,
                   (SELECT count(*) FROM documents WHERE status = 'done') AS done,
                   (SELECT count(*) FROM documents WHERE status IN ('queued', 'claimed')) AS queued,
                   (SELECT count(*) FROM events) AS events,
                   (SELECT count(*) FROM quotes) AS quotes,
                   (SELECT count(*) FROM entities) AS entities,
                   (SELECT count(*) FROM incidents) AS incidents
            """);
    }

    /// <inheritdoc/>
    public FeedState? Feed(string url)
    {
        using var connection = OpenConnection();
        return connection.QuerySingleOrDefault<FeedState>(
            "SELECT url AS Url, etag AS ETag, last_modified AS LastModified FROM feeds WHERE url = @url", new { url });
    }

    /// <inheritdoc/>
    public void SaveFeed(FeedState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        using var connection = OpenConnection();
        connection.Execute(
            """
            INSERT INTO feeds (url, etag, last_modified, polled_at) VALUES (@Url, @ETag, @LastModified, @now)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, polled_at = excluded.polled_at
            """, new { state.Url, state.ETag, state.LastModified, now = Now });
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the backend's resources.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    private static bool InsertDocument(DbConnection connection, DbTransaction transaction, SourceDocument document, string id, string status, string? report) =>
        connection.Execute(
            """
            INSERT INTO documents (id, source, url, title, byline, published, language, text, raw_html, raw_hash, status, report, ingested_at)
            VALUES (@id, @Source, @Url, @Title, @Byline, @published, @language, @Text, @RawHtml, @rawHash, @status, @report, @now)
            ON CONFLICT (id) DO NOTHING
            """,
            new
            {
                id, document.Source, document.Url, document.Title, document.Byline,
                published = document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                language = Text.LanguageDetector.Detect(document.Text),
                document.Text, document.RawHtml,
                rawHash = document.RawHtml is { } html ? HtmlArticleReader.HashOf(html) : null,
                status, report, now = Now,
            },
            transaction) == 1;

    /// <summary>Writes the entity, place, quote and event rows of one report (a backend may batch them; see PostgresRowBatch).</summary>
    protected virtual void InsertReportRows(DbConnection connection, DbTransaction transaction, string id, Report report, string text)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.Execute(
            "INSERT INTO entities (document_id, entity_id, type, name, role, affiliation, mentions) VALUES (@DocumentId, @EntityId, @Type, @Name, @Role, @Affiliation, @Mentions)",
            ReportRows.Entities(id, report), transaction);
        connection.Execute(
            "INSERT INTO places (document_id, place_id, name, kind, country, admin1, lat, lon, geonames_id) VALUES (@DocumentId, @PlaceId, @Name, @Kind, @Country, @Admin1, @Lat, @Lon, @GeonamesId)",
            ReportRows.Places(id, report), transaction);
        connection.Execute(
            """
            INSERT INTO quotes (document_id, quote_id, kind, text, start_offset, end_offset, cue, speaker_id, speaker, confidence)
            VALUES (@DocumentId, @QuoteId, @Kind, @Text, @StartOffset, @EndOffset, @Cue, @SpeakerId, @Speaker, @Confidence)
            """, ReportRows.Quotes(id, report, text), transaction);
        connection.Execute(
            """
            INSERT INTO events (document_id, event_id, category, scope, event_type, sub_event_type, plover, actors, targets, target_type,
              weapon, launched, intercepted, place_name, place_kind, country, admin1, lat, lon, geonames_id, date, date_precision,
              killed_min, killed_best, killed_max, injured_min, injured_best, injured_max, confidence, evidence)
            VALUES (@DocumentId, @EventId, @Category, @Scope, @EventType, @SubEventType, @Plover, @Actors, @Targets, @TargetType,
              @Weapon, @Launched, @Intercepted, @PlaceName, @PlaceKind, @Country, @Admin1, @Lat, @Lon, @GeonamesId, @Date, @DatePrecision,
              @KilledMin, @KilledBest, @KilledMax, @InjuredMin, @InjuredBest, @InjuredMax, @Confidence, @Evidence)
            """, ReportRows.Events(id, report), transaction);
    }
}
