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
        // The interactive API page (Scalar) configures itself with an inline script and inline styles.
        if (!context.Request.Path.StartsWithSegments("/api/docs", StringComparison.Ordinal))
            headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        return next(context);
    }
}
