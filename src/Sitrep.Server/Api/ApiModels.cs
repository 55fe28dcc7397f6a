using System.Text.Json;
using Sitrep.Corpus.Browse;
using Sitrep.Corpus.Review;
using Sitrep.Corpus.Store;

namespace Sitrep.Server.Api;

/// <summary>Events (reviews applied) and each reviewed event's status, keyed "documentId/eventId".</summary>
/// <param name="Events">Matching events, corrected values in place.</param>
/// <param name="Reviews">confirmed, corrected or rejected, for reviewed events only.</param>
public sealed record EventList(IReadOnlyList<EventRow> Events, IReadOnlyDictionary<string, string> Reviews);

/// <summary>One document with its text, full report and review trail.</summary>
/// <param name="Document">Metadata.</param>
/// <param name="Text">The text every span points into.</param>
/// <param name="Report">The report (contract <c>sitrep.report/1</c>), null until analysed.</param>
/// <param name="Reviews">Review trail of the document's events, oldest first.</param>
public sealed record DocumentView(DocumentSummary Document, string Text, JsonElement? Report, IReadOnlyList<ReviewEntry> Reviews);

/// <summary>A count under one key.</summary>
/// <param name="Key">Admin-1 region, sub-event type...</param>
/// <param name="Events">Events.</param>
/// <param name="Killed">People killed (best estimates summed).</param>
/// <param name="Injured">People injured (best estimates summed).</param>
public sealed record KeyCount(string Key, int Events, int Killed, int Injured);

/// <summary>Counts of the events matching a filter.</summary>
/// <param name="Totals">Rows in the store.</param>
/// <param name="PerDay">By event date.</param>
/// <param name="PerAdmin1">By admin-1 region.</param>
/// <param name="PerSubEventType">By sub-event type.</param>
public sealed record Stats(CorpusCounts Totals, IReadOnlyList<KeyCount> PerDay, IReadOnlyList<KeyCount> PerAdmin1, IReadOnlyList<KeyCount> PerSubEventType);

/// <summary>A review action posted by an analyst.</summary>
/// <param name="Action">confirm, correct or reject.</param>
/// <param name="Reviewer">Who is acting.</param>
/// <param name="Field">For corrections: the field (see <see cref="ReviewFields"/>).</param>
/// <param name="Value">For corrections: the new value as text; null clears the field.</param>
/// <param name="Note">Optional reason.</param>
public sealed record ReviewRequest(string? Action, string? Reviewer, string? Field, string? Value, string? Note);

/// <summary>An article to ingest as JSON: <paramref name="Text"/> or <paramref name="Html"/>.</summary>
/// <param name="Text">Plain text.</param>
/// <param name="Html">An HTML page (the article is extracted from it).</param>
/// <param name="Title">Title.</param>
/// <param name="Url">Where it came from.</param>
/// <param name="Published">Publication date, yyyy-MM-dd.</param>
public sealed record IngestRequest(string? Text, string? Html, string? Title, string? Url, string? Published);

/// <summary>The outcome of an ingest.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Outcome">New, Unchanged or Failed.</param>
/// <param name="Reason">Why it failed.</param>
public sealed record IngestResult(string? Id, string Outcome, string? Reason);

