namespace Sitrep.Server.Api;

/// <summary>Answers a <see cref="BadQueryException"/> with 400 and a problem document naming the parameter.</summary>
internal static class BadQueryResponses
{
    public static IApplicationBuilder UseBadQueryResponses(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (BadQueryException e) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: $"bad query parameter '{e.Parameter}'").ExecuteAsync(context).ConfigureAwait(false);
            }
        });
}
