namespace ParlQA.Web.Hosting;

/// <summary>
/// Document text is untrusted: besides encoding everything shown, a content security policy allows scripts and
/// styles from this site only (no inline script), so injected markup could not run even if it slipped through.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Policy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        if (context.Request.Path.StartsWithSegments(ApiDocs.Path, StringComparison.OrdinalIgnoreCase))
        {
            // The API page's script carries a nonce made while the page is written: the policy is set just before it is sent.
            context.Response.OnStarting(() =>
            {
                headers.ContentSecurityPolicy = ApiDocs.Policy(context);
                return Task.CompletedTask;
            });
        }
        else
            headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        return next(context);
    }
}
