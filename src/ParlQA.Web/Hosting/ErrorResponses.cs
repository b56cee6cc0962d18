using Microsoft.AspNetCore.Diagnostics;
using ParlQA.Archive;
using ParlQA.Archive.Search;

namespace ParlQA.Web.Hosting;

/// <summary>
/// How errors reach people and programs: the site (pages) answers with an HTML page in its layout and language,
/// everything read by programs (the API, feeds, charts, health, metrics) with problem+json. A malformed query or
/// cursor is the caller's mistake (400), anything else ours (500).
/// </summary>
internal static class ErrorResponses
{
    /// <summary>Where the site's error page is; re-executed with the status code (<c>/error/404</c>).</summary>
    public const string PagePath = "/error";

    private static readonly string[] ForPrograms = ["/api", "/openapi", "/feeds", "/charts", "/healthz", "/metrics", "/assets"];

    /// <summary>Whether a request is read by a program (problem+json) rather than a person (an HTML page); /api/docs is a page.</summary>
    public static bool IsForPrograms(PathString path) =>
        !path.StartsWithSegments("/api/docs", StringComparison.OrdinalIgnoreCase) && ForPrograms.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>400 for what the caller got wrong, 500 for the rest.</summary>
    public static int StatusOf(Exception exception) =>
        exception is QueryParseException or InvalidCursorException or BadHttpRequestException ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError;

    /// <summary>Exceptions and empty error responses: pages re-executed as <c>/error/{code}</c>, programs given problem+json.</summary>
    public static WebApplication UseErrorResponses(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = PagePath, StatusCodeSelector = StatusOf });
        // The re-execution finds its page only from the top level (it routes again); a program's error was
        // already written as problem+json by the inner handler, and a response with a body is left alone.
        app.UseStatusCodePagesWithReExecute(PagePath + "/{0}");
        app.UseWhen(context => IsForPrograms(context.Request.Path), programs => programs.UseStatusCodePages(context =>
            TypedResults.Problem(statusCode: context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext)));
        return app;
    }
}

/// <summary>An exception on a program's request becomes problem+json with the exception's message for a 400; a page's goes on to the error page.</summary>
internal sealed class ProblemExceptions : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page: the feature keeps the path asked for.
        if (!ErrorResponses.IsForPrograms(httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path))
            return false;
        var problem = ErrorResponses.StatusOf(exception) == StatusCodes.Status400BadRequest
            ? TypedResults.Problem(detail: exception.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad request")
            : TypedResults.Problem(detail: "the server failed to answer this request; it has been logged", statusCode: StatusCodes.Status500InternalServerError);
        await problem.ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }
}
