using System.Globalization;
using Scalar.AspNetCore;

namespace ParlQA.Web.Hosting;

/// <summary>
/// The interactive API description at /api/docs (Scalar), served whole from this site: no fonts, scripts or telemetry
/// from other hosts, no vendor buttons, its one inline script allowed by a fresh nonce under a CSP like the pages'.
/// </summary>
internal static class ApiDocs
{
    public const string Path = "/api/docs";

    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder app)
    {
        var css = SiteEndpoints.Asset("api-docs.css") ?? "";
        app.MapScalarApiReference(Path, (s, context) => s
            .WithTitle("ParlQA API")
            .WithCustomCss(css)
            .AddHeadContent($"<meta name=\"language\" content=\"{Language()}\"><script src=\"/assets/api-docs.js\"></script>")
            .AddHeaderContent($"<header class=\"parlqa-back\"><a href=\"/\">{Back()}</a></header>")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .WithNonce()
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideClientButton()
            .HideDeveloperTools()
            .HideDarkModeToggle()
            .ForceLightMode()
            .WithLocalization(new ScalarLocalizationOptions { Locale = Language() }))
            .AddEndpointFilter(async (context, next) => InLanguage(await next(context)));
        return app;
    }

    /// <summary>Scalar sends /api/docs on to "docs/" without the query, losing ?culture=en: this sends it on with it.</summary>
    public static Task KeepQuery(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Request.Path.Value != Path)
            return next(context);
        context.Response.Redirect(Path + "/" + context.Request.QueryString);
        return Task.CompletedTask;
    }

    /// <summary>Scalar's page says no language (<c>&lt;html&gt;</c>): it gets the site's, as every page does.</summary>
    private static object? InLanguage(object? result) =>
        result is Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult { ResponseContent: { } html } content && html.Contains("<html>", StringComparison.Ordinal)
            ? TypedResults.Content(html.Replace("<html>", $"<html lang=\"{Language()}\">", StringComparison.Ordinal), content.ContentType, null, content.StatusCode)
            : result;

    private static string Language() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "nl";

    private static string Back() => Language() == "en" ? "← ParlQA: questions and answers" : "← ParlQA: vragen en antwoorden";

    /// <summary>The pages' policy with the page's nonce for its script; its component sets styles inline, which styles only may do.</summary>
    public static string Policy(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var nonce = context.Items[ScalarOptions.NonceHttpContextItemKey] as string;
        return "default-src 'self'; img-src 'self' data:; font-src 'self'; style-src 'self' 'unsafe-inline'; " +
            $"script-src 'self'{(nonce is null ? "" : $" 'nonce-{nonce}'")}; connect-src 'self'; object-src 'none'; " +
            "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    }
}
