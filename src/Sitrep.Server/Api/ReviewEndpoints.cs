using Sitrep.Corpus.Review;
using Sitrep.Corpus.Store;
using Sitrep.Server.Security;

namespace Sitrep.Server.Api;

/// <summary>Review: read an event's trail (open) and confirm, correct or reject it (token).</summary>
internal static class ReviewEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/reviews", (ICorpusStore store, string? documentId, string? eventId) =>
                TypedResults.Ok(store.Reviews().Reviews(ApiQuery.Value(documentId), ApiQuery.Value(documentId) is null ? null : ApiQuery.Value(eventId))))
            .WithSummary("The review audit trail, oldest first: everything, one document's or one event's.");

        api.MapPost("/reviews/{documentId}/{eventId}", Results<Ok<ReviewEntry>, NotFound, ValidationProblem> (
                ICorpusStore store, string documentId, string eventId, ReviewRequest request, TimeProvider clock) =>
            {
                var current = store.Reviews().ExtractedEvent(documentId, eventId);
                if (current is null)
                {
                    return TypedResults.NotFound();
                }

                if (Validate(request) is { Count: > 0 } errors)
                {
                    return TypedResults.ValidationProblem(errors);
                }

                // The old value is the one the analyst saw: the extraction with earlier corrections applied.
                var reviewed = Corpus.Review.ReviewedEvents.Apply([current], EventReview.Fold(store.Reviews().Reviews(documentId, eventId)), keepRejected: true).Single();
                var entry = new ReviewEntry
                {
                    DocumentId = documentId, EventId = eventId, Action = request.Action!, Reviewer = request.Reviewer!.Trim(),
                    Field = request.Action == ReviewActions.Correct ? request.Field : null,
                    OldValue = request.Action == ReviewActions.Correct ? ReviewFields.Get(reviewed, request.Field!) : null,
                    NewValue = request.Action == ReviewActions.Correct ? Normalize(request.Value) : null,
                    Note = ApiQuery.Value(request.Note), At = clock.GetUtcNow().ToUnixTimeMilliseconds(),
                };
                return TypedResults.Ok(store.Reviews().AddReview(entry));
            })
            .AddEndpointFilter<WriteToken>()
            .WithSummary("Confirms, corrects (one field) or rejects an event; needs Authorization: Bearer TOKEN.");
    }

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Dictionary<string, string[]> Validate(ReviewRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!ReviewActions.IsKnown(request.Action))
        {
            errors["action"] = ["must be confirm, correct or reject"];
        }

        if (string.IsNullOrWhiteSpace(request.Reviewer) || request.Reviewer.Length > 100)
        {
            errors["reviewer"] = ["a name of 1 to 100 characters is required"];
        }

        if (request.Action == ReviewActions.Correct)
        {
            if (!ReviewFields.IsKnown(request.Field))
            {
                errors["field"] = ["must be one of " + string.Join(", ", ReviewFields.Names)];
            }
            else if (!ReviewFields.IsValid(request.Field!, Normalize(request.Value)))
            {
                errors["value"] = [$"not a valid value for {request.Field}"];
            }
        }

        if (request.Note is { Length: > 1000 })
        {
            errors["note"] = ["at most 1000 characters"];
        }

        return errors;
    }
}
