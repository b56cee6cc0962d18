using System.Net;
using System.Text.RegularExpressions;

namespace ParlQA.Web.Tests;

/// <summary>A page per member, party and ministry over the sample archive, reached from the names on the other pages.</summary>
[Collection(SharedArchive.Name)]
public sealed class PeoplePagesTests(ArchiveFixture archive) : IDisposable
{
    private const string Education = "/ministries/Onderwijs%2C%20Cultuur%20en%20Wetenschap";

    private readonly WebFactory _factory = new(archive.Db);

    [Fact]
    public async Task MemberPage_TheirPartyQuestionsAnswersAndResponseTime()
    {
        var html = await _factory.PageThere("/people/Mutluer");

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
        var html = await _factory.PageThere(Education);

        Assert.Contains("<h1 lang=\"nl\">Onderwijs, Cultuur en Wetenschap</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Minister Dijkgraaf (1)", html, StringComparison.Ordinal);
        Assert.Contains("/d/ah-tk-20232024-1314", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartyPage_ItsMembers()
    {
        var html = await _factory.PageThere("/parties/PvdD");

        Assert.Contains("<a href=\"/people/Kosti%C4%87\" lang=\"nl\">Kostić</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/people/Niemand")]
    [InlineData("/parties/Geen")]
    [InlineData("/ministries/Nergens")]
    public async Task UnknownName_IsAnHtml404(string url)
    {
        var (status, html) = await _factory.Page(url);

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
        var html = await _factory.PageThere(url);

        Assert.Contains($"<a href=\"{Education}\"", html, StringComparison.Ordinal);
        if (!url.StartsWith("/stats", StringComparison.Ordinal) && url != "/" && !url.EndsWith("/q1", StringComparison.Ordinal))
            Assert.Contains("<a href=\"/people/Mutluer\">Mutluer</a> (<a href=\"/parties/GroenLinks-PvdA\">GroenLinks-PvdA</a>)", html, StringComparison.Ordinal);
        await AssertPeopleLinksLeadToPages(html);
    }

    [Fact]
    public async Task CommitmentsPage_WhoseCommitmentLinksToTheMinistry()
    {
        var html = await _factory.PageThere("/commitments");

        Assert.Contains("<td lang=\"nl\"><a href=\"/ministries/Buitenlandse%20Zaken\">Minister van Buitenlandse Zaken</a></td>", html, StringComparison.Ordinal);
        await AssertPeopleLinksLeadToPages(html);
    }

    [Fact]
    public async Task PeoplePage_ListsMinistriesMembersAndParties()
    {
        var html = await _factory.PageThere("/people");

        Assert.Contains("<a href=\"/ministries/Buitenlandse%20Zaken\" lang=\"nl\">Buitenlandse Zaken</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/people/Mutluer\" lang=\"nl\">Mutluer</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/parties/PvdD\" lang=\"nl\">PvdD</a>", html, StringComparison.Ordinal);
    }

    /// <summary>Every link to a person's, party's or ministry's page leads to one.</summary>
    private async Task AssertPeopleLinksLeadToPages(string html)
    {
        foreach (var href in Regex.Matches(html, @"href=""(/(people|parties|ministries)/[^""]+)""").Select(m => m.Groups[1].Value).Distinct())
            Assert.Equal(HttpStatusCode.OK, (await _factory.Page(href)).Status);
    }

    public void Dispose() => _factory.Dispose();
}
