using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using ParlQA.Tests;

namespace ParlQA.Web.Tests;

[Collection(SharedArchive.Name)]
public sealed partial class PageTests(ArchiveFixture archive) : IDisposable
{
    private readonly WebFactory _factory = new(archive.Db);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=Tibet")]
    [InlineData("/d/kst-35207-34")]
    [InlineData("/d/kst-35207-34/q25-2")]
    [InlineData("/commitments?status=open")]
    [InlineData("/stats")]
    [InlineData("/upload")]
    public async Task Page_IsServedWithAContentSecurityPolicy(string url)
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentText_WithScript_IsShownAsText()
    {
        using var client = _factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/d/" + ArchiveFixture.HostileId, UriKind.Relative), Cancel);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>vet</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;", html, StringComparison.Ordinal);
        var question = await client.GetStringAsync(new Uri($"/d/{ArchiveFixture.HostileId}/q1", UriKind.Relative), Cancel);
        Assert.DoesNotContain("<script>alert", question, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;vet&lt;/b&gt;", question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentPage_GroupedAnswerOnce_ReferencesLinked()
    {
        using var client = _factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/d/kst-35207-34", UriKind.Relative), Cancel);
        // 22–25 is one answer: shown once, under question 25, the others pointing to it.
        Assert.Single(Regex.Matches(html, "<section class=\"answer\" id=\"a22\""));
        Assert.True(html.IndexOf("id=\"a22\"", StringComparison.Ordinal) > html.IndexOf("id=\"q25\"", StringComparison.Ordinal));
        Assert.Contains("<a href=\"#a22\">Samen beantwoord", html, StringComparison.Ordinal);
        // "Zie het antwoord op vraag 1" (answer 40) links to answer 1.
        Assert.Contains("Zie het antwoord op vraag <a href=\"#a1\">1</a>", html, StringComparison.Ordinal);
        Assert.Contains("<details class=\"diagnostics\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_PlainQuestion_ShowsSimilarQuestionsFirst()
    {
        using var client = _factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/search?q=" + Uri.EscapeDataString("Hoeveel Tibetaanse politieke gevangenen zijn er?"), UriKind.Relative), Cancel);
        int askedBefore = html.IndexOf("Eerder gesteld", StringComparison.Ordinal);
        Assert.True(askedBefore > 0);
        Assert.True(askedBefore < html.IndexOf("vragen gevonden", StringComparison.Ordinal));
        Assert.Contains("/d/kst-35207-34/q", html[askedBefore..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_AnsweredByFacet_LinksToTheAnswererAndFindsItsQuestions()
    {
        using var client = _factory.CreateClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/search?q=Tibet", UriKind.Relative), Cancel));
        var link = Regex.Match(html, "href=\"(/search\\?q=Tibet%20answerer%3A%22Minister%20van%20Buitenlandse%20Zaken%22)\">Minister van Buitenlandse Zaken</a> <span class=\"count\">(\\d+)</span>");
        Assert.True(link.Success, "the answered-by facet should link to answerer:\"…\"");

        var narrowed = await client.GetStringAsync(new Uri(link.Groups[1].Value, UriKind.Relative), Cancel);

        Assert.Contains($"{link.Groups[2].Value} vragen gevonden", narrowed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_SortedByDate_FeedLinkHasNoSortTheFeedWouldIgnore()
    {
        using var client = _factory.CreateClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/search?q=regenboogbeleid&sort=date", UriKind.Relative), Cancel));

        // The feed is always newest first: a sort= on its link would promise what it does not do.
        Assert.Contains("<a href=\"/feeds/search?q=regenboogbeleid\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/feeds/search?q=regenboogbeleid&sort", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Hit_ShowsTitleAskersAnswererAndDates()
    {
        using var client = _factory.CreateClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/search?q=regenboogbeleid&sort=date", UriKind.Relative), Cancel));

        Assert.Contains("Gesteld door <a href=\"/people/Mutluer\">Mutluer</a> (<a href=\"/parties/GroenLinks-PvdA\">GroenLinks-PvdA</a>), <a href=\"/people/Kosti%C4%87\">Kostić</a> (<a href=\"/parties/PvdD\">PvdD</a>)", html, StringComparison.Ordinal);
        Assert.Contains("op 6 maart 2024", html, StringComparison.Ordinal);
        Assert.Contains("Beantwoord door <span lang=\"nl\"><a href=\"/ministries/Onderwijs%2C%20Cultuur%20en%20Wetenschap\">Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)</a></span> op 25 maart 2024", html, StringComparison.Ordinal);
        Assert.Contains("het bericht «Kritiek op besluit provincie Friesland tegen actief regenboogbeleid»", html, StringComparison.Ordinal);
        Assert.Contains("<strong aria-current=\"true\">datum (nieuwste eerst)</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Misspelled_ShowsResultsForTheWordMeant()
    {
        using var client = _factory.CreateClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/search?q=Oigoeren", UriKind.Relative), Cancel));

        Assert.Contains("Niets gevonden voor «Oigoeren». Resultaten voor <a href=\"/search?q=oeigoeren\">oeigoeren</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("0 vragen gevonden", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_MalformedQuery_IsAClearMessageAnd400()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/search?q=%22Tibet", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("aanhalingsteken &#x27;&quot;&#x27; wordt niet gesloten (bij teken 1)", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        using var english = await client.GetAsync(new Uri("/search?q=kleur:rood&culture=en", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
        Assert.Contains("unknown filter &#x27;kleur:&#x27; (known: ", await english.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_ToEnglish_StaysOnSite()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var away = await client.GetAsync(new Uri("/culture/en?returnUrl=//evil.example", UriKind.Relative), Cancel);
        Assert.Equal("/", away.Headers.Location?.OriginalString);
        using var switched = await client.GetAsync(new Uri("/culture/en?returnUrl=/stats", UriKind.Relative), Cancel);
        Assert.Equal("/stats", switched.Headers.Location?.OriginalString);
        var html = await client.GetStringAsync(new Uri("/stats", UriKind.Relative), Cancel);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Response times per ministry", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=Tibet&culture=nl", "/search?q=Tibet")]
    [InlineData("/search?culture=nl&q=Tibet&sort=date", "/search?q=Tibet&sort=date")]
    [InlineData("/stats", "/stats")]
    public async Task CultureSwitch_GoesBackWithTheQuery_ButNotAnOlderLanguageChoice(string from, string back)
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var switched = await client.GetAsync(new Uri("/culture/en?returnUrl=" + Uri.EscapeDataString(from), UriKind.Relative), Cancel);
        Assert.Equal(back, switched.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Charts_AreSvg()
    {
        using var client = _factory.CreateClient();
        foreach (var chart in new[] { "/charts/ministries.svg", "/charts/answerers.svg", "/charts/questions-per-month.svg" })
        {
            using var response = await client.GetAsync(new Uri(chart, UriKind.Relative), Cancel);
            Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<svg", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Upload_SamplePdf_ShowsItsQuestions_JunkGetsAClearMessage()
    {
        using var own = new OwnArchive();
        using var factory = new WebFactory(own.Db);
        using var client = factory.CreateClient();
        var pdf = RepoPaths.Sample("aanhangsel/ah-tk-20232024-878.pdf");
        var (status, html) = await Upload(client, await File.ReadAllBytesAsync(pdf, Cancel), "ah-tk-20232024-878.pdf");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Ingelezen, niet in het archief opgenomen: ah-tk-20232024-878", html, StringComparison.Ordinal);
        Assert.Contains("Vraag 1: ", html, StringComparison.Ordinal);
        // Read and shown for anyone; only an archivist puts it into the archive (UploadAndVersionsTests).
        var stored = await client.GetAsync(new Uri("/api/v1/documents/ah-tk-20232024-878", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);

        (status, html) = await Upload(client, [0x00, 0x01, 0xFF, 0xFE, 0x00, 0x00, 0x13, 0x37], "junk.pdf");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("kon niet worden ingelezen", html, StringComparison.Ordinal);

        (status, html) = await Upload(client, "hello"u8.ToArray(), "script.exe");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("is not a PDF, Word", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WithoutAntiforgeryToken_IsRefused()
    {
        using var own = new OwnArchive();
        using var factory = new WebFactory(own.Db);
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "a.txt" } };
        using var response = await client.PostAsync(new Uri("/upload", UriKind.Relative), form, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignInCookie_OpensThePages_ButNeverActsOnTheApi()
    {
        using var own = new OwnArchive();
        using var factory = new WebFactory(own.Db);
        var clerk = new ParlQA.Rounds.Domain.User("konings", "Konings", ParlQA.Rounds.Domain.Role.Clerk, Committee: "vaste commissie voor Buitenlandse Zaken");
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ParlQA.Rounds.Storage.AccountStore>(factory.Services)
            .Add(clerk, ParlQA.Rounds.Storage.Passwords.Hash(clerk, "geheim-wachtwoord"));
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var page = await client.GetStringAsync(new Uri("/signin", UriKind.Relative), Cancel);
        using var wrong = new FormUrlEncodedContent(new Dictionary<string, string> { ["account"] = "konings", ["password"] = "fout", ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value });
        using (var refused = await client.PostAsync(new Uri("/signin", UriKind.Relative), wrong, Cancel))
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        page = await client.GetStringAsync(new Uri("/signin", UriKind.Relative), Cancel);
        using var right = new FormUrlEncodedContent(new Dictionary<string, string> { ["account"] = "konings", ["password"] = "geheim-wachtwoord", ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value });
        using (var signedIn = await client.PostAsync(new Uri("/signin", UriKind.Relative), right, Cancel))
            Assert.Equal("/rounds", signedIn.Headers.Location?.OriginalString);
        Assert.Contains("Ingelogd als Konings", await client.GetStringAsync(new Uri("/rounds", UriKind.Relative), Cancel), StringComparison.Ordinal);

        using var body = System.Net.Http.Json.JsonContent.Create(new { committee = clerk.Committee, letterTitle = "x", ministers = new[] { "Minister" }, ministry = "BZ" });
        using var api = await client.PostAsync(new Uri("/api/v1/rounds", UriKind.Relative), body, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    private static async Task<(HttpStatusCode, string)> Upload(HttpClient client, byte[] bytes, string name)
    {
        var page = await client.GetStringAsync(new Uri("/upload", UriKind.Relative), Cancel);
        var token = Token().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(bytes), "file", name },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        using var response = await client.PostAsync(new Uri("/upload", UriKind.Relative), form, Cancel);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public void Dispose() => _factory.Dispose();
}

/// <summary>An empty archive of a test's own, for tests that write.</summary>
internal sealed class OwnArchive : IDisposable
{
    public OwnArchive()
    {
        using var archive = ParlQA.Archive.ArchiveOpener.Open(Db, create: true);
    }

    public string Db { get; } = Path.Combine(Directory.CreateTempSubdirectory("parlqa-own-").FullName, "archive.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path.GetDirectoryName(Db)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
