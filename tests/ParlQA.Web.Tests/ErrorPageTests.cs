using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ParlQA.Archive.Search;

namespace ParlQA.Web.Tests;

/// <summary>Pages answer errors with an HTML page in the site's layout and language; the API, feeds and charts keep problem+json.</summary>
[Collection(SharedArchive.Name)]
public sealed partial class ErrorPageTests(ArchiveFixture archive) : IDisposable
{
    private readonly WebFactory _factory = new(archive.Db);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/nergens", HttpStatusCode.NotFound, "Pagina niet gevonden", "Page not found")]
    [InlineData("/d/kst-1-1", HttpStatusCode.NotFound, "Pagina niet gevonden", "Page not found")]
    [InlineData("/d/kst-35207-34/q999", HttpStatusCode.NotFound, "Pagina niet gevonden", "Page not found")]
    [InlineData("/rounds/r999", HttpStatusCode.NotFound, "Pagina niet gevonden", "Page not found")]
    [InlineData("/culture/xx", HttpStatusCode.BadRequest, "Dat verzoek klopt niet", "That request is malformed")]
    [InlineData("/boom", HttpStatusCode.InternalServerError, "Er ging iets mis", "Something went wrong")]
    public async Task Page_Error_IsAnHtmlPageInTheLayout_InBothLanguages(string path, HttpStatusCode status, string dutch, string english)
    {
        using var client = Throwing().CreateClient();
        foreach (var (culture, heading) in new[] { ("nl", dutch), ("en", english) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + culture);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
            using var response = await client.SendAsync(request, Cancel);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var html = await response.Content.ReadAsStringAsync(Cancel);
            Assert.Contains($"<html lang=\"{culture}\">", html, StringComparison.Ordinal);
            Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
            Assert.Contains("<nav aria-label=", html, StringComparison.Ordinal);
            Assert.Contains("<form class=\"search\"", html, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Page_MalformedQueryThrown_Is400PageWithTheReason()
    {
        using var client = Throwing().CreateClient();
        using var response = await client.GetAsync(new Uri("/boom-query", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("<h1>Dat verzoek klopt niet</h1>", html, StringComparison.Ordinal);
        Assert.Contains("aanhalingsteken &#x27;&quot;&#x27; wordt niet gesloten (bij teken 1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ServerError_ShowsAReferenceButNoStackTrace()
    {
        using var client = Throwing().CreateClient();
        var html = await (await client.GetAsync(new Uri("/boom", UriKind.Relative), Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.Matches(Reference(), html);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim detail", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Forbidden_Is403Page()
    {
        using var client = Throwing().CreateClient();
        using var response = await client.GetAsync(new Uri("/error/403?culture=en", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("<h1>No access</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/signin?returnUrl=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/nergens", HttpStatusCode.NotFound, null)]
    [InlineData("/api/v1/documents/kst-1-1", HttpStatusCode.NotFound, "no document 'kst-1-1'")]
    [InlineData("/api/v1/search?q=%22Tibet", HttpStatusCode.BadRequest, "unbalanced quote")]
    [InlineData("/api/boom", HttpStatusCode.InternalServerError, "the server failed")]
    [InlineData("/feeds/rounds/r999", HttpStatusCode.NotFound, "no round 'r999'")]
    [InlineData("/feeds/nergens", HttpStatusCode.NotFound, null)]
    [InlineData("/charts/nergens.svg", HttpStatusCode.NotFound, null)]
    public async Task Api_Error_StaysProblemJson_EvenForABrowser(string path, HttpStatusCode status, string? detail)
    {
        using var client = Throwing().CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        using var response = await client.SendAsync(request, Cancel);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains($"\"status\":{(int)status}", body, StringComparison.Ordinal);
        if (detail is not null)
            Assert.Contains(detail, body, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim detail", body, StringComparison.Ordinal);
    }

    /// <summary>The app with three paths that fail as code can: /boom, /api/boom (a bug) and /boom-query (a malformed query).</summary>
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Throwing() =>
        _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, FailingPaths>()));

    private sealed class FailingPaths : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate then) => context.Request.Path.Value switch
            {
                "/boom" or "/api/boom" => throw new InvalidOperationException("geheim detail"),
                "/boom-query" => throw QueryErrors.UnclosedQuote(1),
                _ => then(context),
            });
        };
    }

    [GeneratedRegex("kenmerk [0-9A-Za-z:]+")]
    private static partial Regex Reference();

    public void Dispose() => _factory.Dispose();
}
