using System.Net;
using System.Text.RegularExpressions;

namespace ParlQA.Web.Tests;

/// <summary>A page per member, party and ministry over the sample archive, reached from the names on the other pages.</summary>
[Collection(SharedArchive.Name)]
public sealed class PeoplePagesTests(ArchiveFixture archive) : IDisposable
{
    private const string Education = "/ministries/Onderwijs%2C%20Cultuur%20en%20Wetenschap";

    private readonly WebFactory _factory = new(archive.Db);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MemberPage_TheirPartyQuestionsAnswersAndResponseTime()
    {
        var (status, html) = await Get("/people/Mutluer");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1 lang=\"nl\">Mutluer</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/parties/GroenLinks-PvdA\" lang=\"nl\">GroenLinks-PvdA</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/d/ah-tk-20232024-1314\" lang=\"nl\">het bericht «Kritiek op besluit provincie Friesland tegen actief regenboogbeleid»</a>", html, StringComparison.Ordinal);
        Assert.Matches(@"<dt>Beantwoorde documenten</dt><dd>1</dd>", html);
        Assert.Matches(@"<dt>Mediaan dagen tot antwoord</dt><dd>19</dd>", html);
        Assert.Contains($"<a href=\"{Education}\" lang=\"nl\">Onderwijs, Cultuur en Wetenschap</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinistryPage_QuestionsReceived_WhoAnswered_ResponseTime()
    {
        var (status, html) = await Get(Education);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1 lang=\"nl\">Onderwijs, Cultuur en Wetenschap</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Minister Dijkgraaf (1)", html, StringComparison.Ordinal);
        Assert.Contains("/d/ah-tk-20232024-1314", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartyPage_ItsMembers()
    {
        var (status, html) = await Get("/parties/PvdD");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<a href=\"/people/Kosti%C4%87\" lang=\"nl\">Kostić</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/people/Niemand")]
    [InlineData("/parties/Geen")]
    [InlineData("/ministries/Nergens")]
    public async Task UnknownName_IsAnHtml404(string url)
    {
        var (status, html) = await Get(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Pagina niet gevonden", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/d/ah-tk-20232024-1314")]
    [InlineData("/d/ah-tk-20232024-1314/q1")]
    [InlineData("/search?q=regenboogbeleid")]
    [InlineData("/stats")]
    [InlineData("/")]
    public async Task Names_LinkToTheirPages(string url)
    {
        var (_, html) = await Get(url);

        Assert.Contains($"<a href=\"{Education}\"", html, StringComparison.Ordinal);
        if (!url.StartsWith("/stats", StringComparison.Ordinal) && url != "/" && !url.EndsWith("/q1", StringComparison.Ordinal))
            Assert.Contains("<a href=\"/people/Mutluer\">Mutluer</a> (<a href=\"/parties/GroenLinks-PvdA\">GroenLinks-PvdA</a>)", html, StringComparison.Ordinal);
        // Every link to a person's, party's or ministry's page leads to one.
        foreach (var href in Regex.Matches(html, @"href=""(/(people|parties|ministries)/[^""]+)""").Select(m => m.Groups[1].Value).Distinct())
            Assert.Equal(HttpStatusCode.OK, (await Get(href)).Status);
    }

    [Fact]
    public async Task CommitmentsPage_WhoseCommitmentLinksToTheMinistry()
    {
        var (_, html) = await Get("/commitments");

        Assert.Contains("<td lang=\"nl\"><a href=\"/ministries/Buitenlandse%20Zaken\">Minister van Buitenlandse Zaken</a></td>", html, StringComparison.Ordinal);
        foreach (var href in Regex.Matches(html, @"href=""(/(people|parties|ministries)/[^""]+)""").Select(m => m.Groups[1].Value).Distinct())
            Assert.Equal(HttpStatusCode.OK, (await Get(href)).Status);
    }

    [Fact]
    public async Task PeoplePage_ListsMinistriesMembersAndParties()
    {
        var (status, html) = await Get("/people");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<a href=\"/ministries/Buitenlandse%20Zaken\" lang=\"nl\">Buitenlandse Zaken</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/people/Mutluer\" lang=\"nl\">Mutluer</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/parties/PvdD\" lang=\"nl\">PvdD</a>", html, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, string Html)> Get(string url)
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Cancel);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel)));
    }

    public void Dispose() => _factory.Dispose();
}
