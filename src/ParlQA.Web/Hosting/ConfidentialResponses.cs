namespace ParlQA.Web.Hosting;

/// <summary>
/// What a signed-in person is shown (an unpublished round, their name on every page) and the sign-in page itself must
/// not be kept by a browser's or proxy's cache: such responses carry <c>Cache-Control: no-store</c>.
/// </summary>
internal sealed class ConfidentialResponses(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            if (SignedInUser.Of(context) is not null || context.Request.Headers.Authorization.Count > 0
                || context.Request.Path.StartsWithSegments("/signin", StringComparison.OrdinalIgnoreCase))
                context.Response.Headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
