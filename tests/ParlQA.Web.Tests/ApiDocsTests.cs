using System.Net;
using System.Text.RegularExpressions;

namespace ParlQA.Web.Tests;

/// <summary>/api/docs works offline (everything from this site), shows no vendor buttons and runs under a CSP whose nonce its scripts carry.</summary>
[Collection(SharedArchive.Name)]
public sealed partial class ApiDocsTests(ArchiveFixture archive) : IDisposable
{
    private readonly WebFactory _factory = new(archive.Db);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiDocs_ScriptsCarryTheNonceOfItsPolicy_AndNothingComesFromAnotherHost()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/docs/", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Nonce().Match(policy).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("font-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);

        var html = await response.Content.ReadAsStringAsync(Cancel);
        var scripts = Script().Matches(html);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.True(s.Value.Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal) || s.Value.Contains("src=\"/assets/", StringComparison.Ordinal), s.Value));
        Assert.DoesNotMatch(OtherHost(), html);
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        Assert.Contains("\"telemetry\":false", html, StringComparison.Ordinal);
        Assert.Contains("\"hideClientButton\":true", html, StringComparison.Ordinal);
        Assert.Contains("\"agent\":{\"disabled\":true}", html, StringComparison.Ordinal);

        // Each request gets a nonce of its own.
        using var again = await client.GetAsync(new Uri("/api/docs/", UriKind.Relative), Cancel);
        Assert.NotEqual(nonce, Nonce().Match(again.Headers.GetValues("Content-Security-Policy").Single()).Groups[1].Value);
    }

    [Fact]
    public async Task ApiDocs_SpeaksTheVisitorsLanguage_AndLinksBackToTheSite()
    {
        using var client = _factory.CreateClient();
        var dutch = await client.GetStringAsync(new Uri("/api/docs/", UriKind.Relative), Cancel);
        Assert.Contains("<meta name=\"language\" content=\"nl\">", dutch, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">← ParlQA: vragen en antwoorden</a>", dutch, StringComparison.Ordinal);
        var english = await client.GetStringAsync(new Uri("/api/docs/?culture=en", UriKind.Relative), Cancel);
        Assert.Contains("<meta name=\"language\" content=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("← ParlQA: questions and answers", english, StringComparison.Ordinal);
        Assert.Contains("https://scalar.com\\u0022] { display: none; }", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "nl")]
    [InlineData("?culture=en", "en")]
    public async Task ApiDocs_PageLanguage_IsTheSites(string query, string language)
    {
        using var client = _factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/api/docs/" + query, UriKind.Relative), Cancel);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiDocs_WithoutTheSlash_GoesThereKeepingTheLanguageAsked()
    {
        using var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri("/api/docs?culture=en", UriKind.Relative), Cancel);
        Assert.Equal("/api/docs/?culture=en", response.Headers.Location?.OriginalString);
    }

    [GeneratedRegex("script-src 'self' 'nonce-([A-Za-z0-9_-]+)'")]
    private static partial Regex Nonce();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex Script();

    /// <summary>An address of another host in an attribute or the configuration (scalar.com in the hidden link's CSS selector excepted).</summary>
    [GeneratedRegex(@"(src|href)=""(https?:)?//|""url"":""https?://|fonts\.")]
    private static partial Regex OtherHost();

    public void Dispose() => _factory.Dispose();
}
