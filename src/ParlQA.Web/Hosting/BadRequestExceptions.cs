using Microsoft.AspNetCore.Diagnostics;
using ParlQA.Archive;
using ParlQA.Archive.Search;

namespace ParlQA.Web.Hosting;

/// <summary>A malformed query or cursor is the caller's mistake: 400 with the parser's message as the problem's detail, never a 500.</summary>
internal sealed class BadRequestExceptions(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (QueryParseException or InvalidCursorException))
            return false;
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = 400, Title = "Bad request", Detail = exception.Message },
        }).ConfigureAwait(false);
    }
}
