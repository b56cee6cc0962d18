using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Archive.Search;

namespace ParlQA.Web.Pages;

/// <summary>
/// The site's error page, in its layout and language: re-executed for an empty error response (<c>/error/404</c>)
/// or an exception (<c>/error</c>, with the status already set). A malformed query shows what is wrong with it.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true)]
public sealed class ErrorModel : PageModel
{
    /// <summary>The codes with words of their own; any other 4xx or 5xx is told as "client" or "server" trouble.</summary>
    private static readonly int[] Explained = [400, 401, 403, 404, 405, 409, 413, 429, 500, 503];

    public int Status { get; private set; }

    /// <summary>The resource key suffix for <see cref="Status"/>: "404", or "4xx"/"5xx" for codes without words of their own.</summary>
    public string Key => Explained.Contains(Status) ? Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : Status >= 500 ? "5xx" : "4xx";

    /// <summary>The address that failed, as the visitor asked for it.</summary>
    public string? OriginalPath { get; private set; }

    /// <summary>The malformed query's trouble, when that is why this is a 400.</summary>
    public QueryParseException? QueryError { get; private set; }

    /// <summary>Quoted with a report, so the log entry can be found.</summary>
    public string RequestId => HttpContext.TraceIdentifier;

    public void OnGet(int? code) => Show(code);

    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        Status = code is >= 400 and <= 599 ? code.Value : Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
        OriginalPath = reExecuted is not null ? reExecuted.OriginalPath + reExecuted.OriginalQueryString : exception?.Path;
        QueryError = exception?.Error as QueryParseException;
    }
}
