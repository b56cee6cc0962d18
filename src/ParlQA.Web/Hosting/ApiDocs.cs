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
            .WithLocalization(new ScalarLocalizationOptions { Locale = Language() }));
        return app;
    }

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
