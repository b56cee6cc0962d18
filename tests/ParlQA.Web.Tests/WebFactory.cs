using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ParlQA.Web.Tests;

/// <summary>The app in memory, over a given archive.</summary>
public sealed class WebFactory(string db, int searchesPerMinute = 0) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ParlQA:Db", db);
        builder.UseSetting("ParlQA:SearchesPerMinute", searchesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A page fetched by a visitor who is not signed in: its status, and its HTML with character references
    /// decoded, so a test compares the text a reader sees ("Kostić", "«…»").</summary>
    public async Task<(HttpStatusCode Status, string Html)> Page(string url)
    {
        var cancel = TestContext.Current.CancellationToken;
        using var client = CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancel);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancel)));
    }

    /// <summary>A page that must be there (200 OK), its HTML decoded as <see cref="Page"/> gives it.</summary>
    public async Task<string> PageThere(string url)
    {
        var (status, html) = await Page(url);
        Assert.True(status == HttpStatusCode.OK, $"GET {url}: {(int)status}");
        return html;
    }
}
