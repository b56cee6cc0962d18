using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Localization;
using OpenTelemetry.Metrics;
using ParlQA.Archive;
using ParlQA.Web.Api;
using ParlQA.Web.Charts;
using ParlQA.Web.Feeds;
using ParlQA.Web.Official;
using ParlQA.Rounds.Publishing;
using ParlQA.Rounds.Storage;
using ParlQA.Web.Hosting;
using ParlQA.Web.Rounds;

namespace ParlQA.Web;

/// <summary>The web app: pages, the JSON API, feeds, health and metrics over one archive.</summary>
public static class WebApp
{
    /// <summary>CORS for the read endpoints: any origin may GET.</summary>
    public const string ReadPolicy = "read";

    public static WebApplication Build(WebAppOptions options, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            // The pages are compiled into this assembly, whichever program hosts it (parlqa serve, tests).
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxUploadBytes + 1024 * 1024);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(f => f.MultipartBodyLengthLimit = options.MaxUploadBytes + 64 * 1024);

        // Settings (ParlQA:Db, ParlQA:SearchesPerMinute) override the options: the tests point the app at their own archive.
        builder.Services.AddSingleton(sp => options.With(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new ArchivePool(sp.GetRequiredService<WebAppOptions>().Db));
        builder.Services.AddSingleton<ArchiveService>();
        builder.Services.AddSingleton<PeopleService>();
        builder.Services.AddSingleton<ParlQA.Web.Official.OfficialService>();
        builder.Services.AddSingleton<Uploads>();
        // Rounds, accounts and the audit log live in the archive's own database (its file, or its PostgreSQL database):
        // web servers sharing an archive share them, and hold no state of their own.
        builder.Services.AddSingleton(sp => ArchiveDatabase.For(sp.GetRequiredService<ArchivePool>().Db));
        builder.Services.AddSingleton(sp => new RoundStore(sp.GetRequiredService<ArchiveDatabase>()));
        builder.Services.AddSingleton(sp => new AccountStore(sp.GetRequiredService<ArchiveDatabase>()));
        builder.Services.AddSingleton(sp => new AuditLog(sp.GetRequiredService<ArchiveDatabase>()));
        builder.Services.AddSingleton(sp => new RoundPublisher(sp.GetRequiredService<RoundStore>(), (document, by) =>
        {
            sp.GetRequiredService<ArchivePool>().Use(a => a.Store([document], by));
            sp.GetRequiredService<ArchiveService>().Changed();
        }, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<RoundStepRunner>();
        builder.Services.AddHostedService<InterruptedPublications>();
        // A cookie for pages and feeds, a bearer token for everything else: decided by each endpoint's metadata.
        builder.Services.AddSiteAuthentication();
        builder.Services.AddReverseProxySupport(builder.Configuration);
        builder.Services.AddRazorPages();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptions>();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "ParlQA API";
            document.Info.Description = "Parliamentary written questions and answers: documents, questions, search, similar questions, commitments, statistics.";
            return Task.CompletedTask;
        }));
        builder.Services.AddCors(c => c.AddPolicy(ReadPolicy, p => p.AllowAnyOrigin().WithMethods("GET").WithHeaders("If-None-Match").WithExposedHeaders("ETag")));
        builder.Services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            r.AddPolicy(SearchApi.RateLimitPolicy, context => context.RequestServices.GetRequiredService<WebAppOptions>().SearchesPerMinute is var permits && permits <= 0
                ? RateLimitPartition.GetNoLimiter("all")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) }));
        });
        builder.Services.AddHealthChecks().AddCheck<ArchiveHealthCheck>("archive");
        builder.Services.AddOpenTelemetry().WithMetrics(m => m.AddAspNetCoreInstrumentation().AddMeter(WebMetrics.MeterName).AddPrometheusExporter());
        builder.Services.AddSingleton<WebMetrics>();

        var app = builder.Build();
        // The language first: an error page re-executed without the query string still speaks the visitor's language.
        app.UseForwardedHeaders();
        app.UseRequestLocalization(Localization());
        app.UseErrorResponses();
        app.UseHsts();
        app.UseMiddleware<SecurityHeaders>();
        // Routing before authentication: which credentials count depends on the endpoint (SiteAuthentication).
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<ConfidentialResponses>();
        app.UseCors();
        app.UseRateLimiter();

        app.MapSiteAssets();
        app.MapCultureSwitch();
        var api = app.MapGroup("/api/v1").RequireCors(ReadPolicy);
        api.MapDocumentsApi().MapSearchApi().MapRegisterApi().MapOfficialApi();
        app.MapGroup("/api/v1").MapRoundsApi();
        app.MapFeeds().RequireCors(ReadPolicy).ReadSignInCookie();
        app.MapStatsCharts();
        app.MapResponseTimeCharts().MapOverdueFeed();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.Use(ApiDocs.KeepQuery);
        app.MapApiDocs();
        app.MapHealthChecks("/healthz");
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapRazorPages().ReadSignInCookie();
        return app;
    }

    /// <summary>Dutch by default, English on request (the switch sets a cookie; ?culture=en works too).</summary>
    private static RequestLocalizationOptions Localization()
    {
        CultureInfo[] cultures = [new("nl"), new("en")];
        var localization = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("nl"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        localization.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        return localization;
    }
}
