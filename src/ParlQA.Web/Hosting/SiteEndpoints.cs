using Microsoft.AspNetCore.Localization;

namespace ParlQA.Web.Hosting;

/// <summary>The stylesheet and script (embedded in the assembly, so any host serves them) and the language switch.</summary>
internal static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSiteAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            var type = Path.GetExtension(name) switch { ".css" => "text/css; charset=utf-8", ".js" => "text/javascript; charset=utf-8", _ => null };
            if (type is null || Asset(name) is not { } text)
                return Results.NotFound();
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(text, type);
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>An embedded asset's text (Assets/NAME), or null when there is none.</summary>
    public static string? Asset(string name)
    {
        using var stream = typeof(SiteEndpoints).Assembly.GetManifestResourceStream("ParlQA.Web.Assets." + name);
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary><c>/culture/en?returnUrl=/search?q=Tibet</c>: remembers the language in a cookie and goes back (only within this site).</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/{name}", (string name, string? returnUrl, HttpContext context) =>
        {
            if (name is not ("nl" or "en"))
                return Results.BadRequest();
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = context.Request.IsHttps });
            return Results.LocalRedirect(LocalUrls.IsLocal(returnUrl) ? WithoutCulture(returnUrl!) : "/");
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>The address to go back to with its query kept, but not a ?culture= in it: that would outrank the choice just made.</summary>
    internal static string WithoutCulture(string url)
    {
        int at = url.IndexOf('?', StringComparison.Ordinal);
        if (at < 0)
            return url;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url[at..]);
        var kept = query.Where(p => p.Key is not ("culture" or "ui-culture")).SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(url[..at], kept);
    }
}
