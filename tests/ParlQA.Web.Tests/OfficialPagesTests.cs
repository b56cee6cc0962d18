using System.Net;
using System.Text.Json;
using ParlQA.Archive;
using ParlQA.Sync.Feed;
using ParlQA.Tests.TkFeed;

namespace ParlQA.Web.Tests;

/// <summary>An archive filled by a sync of the hand-written feed, once for the tests that read it.</summary>
public sealed class SyncedArchiveFixture : IAsyncLifetime
{
    public string Db { get; } = Path.Combine(Directory.CreateTempSubdirectory("parlqa-web-sync-").FullName, "archive.db");

    public async ValueTask InitializeAsync()
    {
        await using var feed = await LocalFeed.Start();
        FeedWorld.Publish(feed, FeedWorld.FirstRun);
        using var archive = ArchiveOpener.Open(Db, create: true);
        using var record = ArchiveOpener.OpenOfficial(Db, create: true);
        using var client = new FeedClient(feed.Origin);
        await new Sync.SyncRun(archive, record, client).Run();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>The pages, feed and API over the Tweede Kamer's record: open questions, response times, a case, the official commitments.</summary>
public sealed class OfficialPagesTests(SyncedArchiveFixture archive) : IClassFixture<SyncedArchiveFixture>
{
    private async Task<(HttpStatusCode Status, string Body)> Get(string path)
    {
        await using var factory = new WebFactory(archive.Db);
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task OverduePage_ListsTheOpenCasesOnly()
    {
        var (status, page) = await Get("/overdue");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Openstaande vragen", page, StringComparison.Ordinal);
        Assert.Contains("2024Z09999", page, StringComparison.Ordinal);
        Assert.Contains("2024Z10500", page, StringComparison.Ordinal);
        Assert.DoesNotContain("2024Z03456", page, StringComparison.Ordinal);   // answered
        Assert.DoesNotContain("2024Z04000", page, StringComparison.Ordinal);   // not written questions
        Assert.Contains("2 openstaande zaken", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverduePage_NamesLinkToTheirPages()
    {
        var page = WebUtility.HtmlDecode((await Get("/overdue")).Body);

        Assert.Contains("<a href=\"/people/Van%20der%20Lee\">Van der Lee</a> (<a href=\"/parties/GroenLinks-PvdA\">GroenLinks-PvdA</a>)", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/ministries/Financi%C3%ABn\">minister van Financiën</a>", page, StringComparison.Ordinal);
        foreach (var href in System.Text.RegularExpressions.Regex.Matches(page, @"href=""(/(people|parties|ministries)/[^""]+)""").Select(m => m.Groups[1].Value).Distinct())
            Assert.Equal(HttpStatusCode.OK, (await Get(href)).Status);
    }

    [Theory]
    [InlineData("/overdue?party=GroenLinks-PvdA", "2 openstaande zaken")]
    [InlineData("/overdue?party=PvdD", "0 openstaande zaken")]
    [InlineData("/overdue?ministry=Financi%C3%ABn", "2 openstaande zaken")]
    [InlineData("/overdue?ministry=Justitie", "0 openstaande zaken")]
    [InlineData("/overdue?culture=en", "2 open cases")]
    public async Task OverduePage_FiltersByPartyAndMinistry(string path, string count)
    {
        var (_, page) = await Get(path);

        Assert.Contains(count, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverdueApi_GivesTheFieldsOfTheCli()
    {
        var (status, body) = await Get("/api/v1/overdue?ministry=Financi%C3%ABn");

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var first = json.RootElement[0];
        Assert.Equal("2024Z09999", first.GetProperty("caseNumber").GetString());
        Assert.Equal("2024-05-01", first.GetProperty("submittedOn").GetString());
        Assert.Equal("2024-05-21", first.GetProperty("delayNotice").GetProperty("date").GetString());
        Assert.Equal("Van der Lee", first.GetProperty("askedBy")[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement[1].GetProperty("delayNotice").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get("/api/v1/overdue?weeks=-1")).Status);
    }

    [Fact]
    public async Task OverdueFeed_IsAtomWithOneEntryPerCase()
    {
        var (status, body) = await Get("/feeds/overdue");

        Assert.Equal(HttpStatusCode.OK, status);
        var feed = System.Xml.Linq.XDocument.Parse(body);
        Assert.Equal(2, feed.Root!.Elements(System.Xml.Linq.XName.Get("entry", "http://www.w3.org/2005/Atom")).Count());
        Assert.Contains("uitstel gemeld 21 mei 2024", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResponseTimes_ChartsWithTheTableBeside()
    {
        var (status, page) = await Get("/response-times");
        var (chartStatus, svg) = await Get("/charts/official/median-days.svg");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("/charts/official/median-days.svg", page, StringComparison.Ordinal);
        // Onderwijs: filed 6 March, answered 25 March 2024: 19 days, within three weeks.
        Assert.Matches(@"<td>Onderwijs, Cultuur en Wetenschap</td><td class=""number"">2024</td><td class=""number"">1</td>\s*<td class=""number"">19</td>\s*<td class=""number"">100\s?%</td>", page);
        Assert.Equal(HttpStatusCode.OK, chartStatus);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentPage_LinksItsOfficialPageFileAndCaseBothWays()
    {
        var (_, questions) = await Get("/d/kv-tk-2024Z03456");
        var (_, answers) = await Get("/d/ah-tk-20232024-1314");

        Assert.Contains("https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2024Z03456&amp;did=2024D09001", questions, StringComparison.Ordinal);
        Assert.Contains("/SyncFeed/2.0/Resources/66666666-0000-4000-8000-000000000001", questions, StringComparison.Ordinal);
        Assert.Contains("beantwoord in ah-tk-20232024-1314#q1", questions, StringComparison.Ordinal);
        Assert.Contains("gesteld in kv-tk-2024Z03456#q1", answers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseApi_SaysWhereEachQuestionWasAnswered()
    {
        var (status, body) = await Get("/api/v1/documents/kv-tk-2024Z03456/case");

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("2024Z03456", json.RootElement.GetProperty("caseNumber").GetString());
        var q1 = json.RootElement.GetProperty("questions").EnumerateArray().First(q => q.GetProperty("questionId").GetString() == "q1");
        Assert.Equal(("ah-tk-20232024-1314", "q1", "answered"), (q1.GetProperty("documentId").GetString(), q1.GetProperty("otherQuestionId").GetString(), q1.GetProperty("relation").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/api/v1/documents/kst-nothing/case")).Status);
    }

    [Fact]
    public async Task CommitmentsRegister_ShowsTheOfficialOnesMarkedBySource()
    {
        var (_, page) = await Get("/commitments");
        var (_, api) = await Get("/api/v1/commitments/official?ministry=Landbouw");

        Assert.Contains("Toezeggingen volgens de Tweede Kamer", page, StringComparison.Ordinal);
        Assert.Contains("regenboogbeleid", page, StringComparison.Ordinal);
        Assert.Contains("Kamerstuk 28286, nr. 1300", page, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(api);
        Assert.Equal("TZ202310-012", json.RootElement.EnumerateArray().Single().GetProperty("number").GetString());
    }
}
