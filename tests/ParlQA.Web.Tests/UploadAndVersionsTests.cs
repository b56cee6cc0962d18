using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ParlQA.Archive;
using ParlQA.Archive.Versions;
using ParlQA.Model;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;
using ParlQA.Tests;

namespace ParlQA.Web.Tests;

/// <summary>
/// Who may change the archive through the site: anyone may have a file read and shown, only an archivist or the admin
/// stores it; a replaced document keeps its earlier versions, listed on its page and restorable by the authorised;
/// the admin page manages accounts and shows the audit log.
/// </summary>
public sealed partial class UploadAndVersionsTests : IDisposable
{
    private const string SeedId = "kst-35207-34";

    private static readonly User Archivist = new("dekker", "Dekker", Role.Archivist);
    private static readonly User Admin = new("beheer", "Beheer", Role.Administrator);
    private static readonly User Member = new("sjoerdsma", "Sjoerdsma", Role.Member, Committee: "vaste commissie voor Buitenlandse Zaken", Party: "D66");

    private readonly OwnArchive _own = new();
    private readonly WebFactory _factory;
    private readonly byte[] _seed = File.ReadAllBytes(RepoPaths.Sample("kst-35207-34.txt"));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public UploadAndVersionsTests()
    {
        using (var archive = ArchiveOpener.Open(_own.Db))
            archive.Store([Reading.DocumentReader.Read(_seed, "kst-35207-34.txt").Document!], Actor.Local("ingest"));
        _factory = new WebFactory(_own.Db);
        var accounts = _factory.Services.GetRequiredService<AccountStore>();
        foreach (var user in new[] { Archivist, Admin, Member })
            accounts.Add(user, Passwords.Hash(user, "geheim-wachtwoord"));
    }

    /// <summary>The official text with its first question altered: the same id, other content.</summary>
    private byte[] Altered => System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(_seed)
        .Replace("Hoeveel Tibetaanse politieke gevangenen zijn er?", "Hoeveel Tibetaanse politieke gevangenen zijn er volgens dit vervalste stuk?", StringComparison.Ordinal));

    private const string Marker = "vervalste stuk";

    private IArchive Open() => ArchiveOpener.Open(_own.Db);

    /// <summary>The archived document's JSON as stored now.</summary>
    private string StoredText()
    {
        using var archive = Open();
        return QaJson.Serialize(archive.Find(SeedId)!);
    }

    [Fact]
    public async Task Upload_ByAnyone_OfAnArchivedDocumentsId_IsReadAndShown_TheArchiveUnchanged()
    {
        var before = StoredText();
        using var anyone = Client();

        var (status, html) = await Upload(anyone, Altered, store: null);
        var (refused, _) = await Upload(anyone, Altered, store: true);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Ingelezen, niet in het archief opgenomen: kst-35207-34", html, StringComparison.Ordinal);
        Assert.Contains("Het archief heeft een document met dit id; dat is niet gewijzigd.", html, StringComparison.Ordinal);
        Assert.Contains(Marker, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, refused);
        Assert.Equal(before, StoredText());
        using var archive = Open();
        Assert.Single(archive.History(SeedId));
    }

    [Fact]
    public async Task Upload_ByAMember_AskingToStore_IsRefused()
    {
        using var member = await SignedIn(Member);

        var (status, html) = await Upload(member, Altered, store: true);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("Alleen een archivaris of de beheerder kan documenten aan het archief toevoegen.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, StoredText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ByAnArchivist_ReplacesWithATrace_AndAnEarlierVersionIsRestoredOnThePage()
    {
        using var archivist = await SignedIn(Archivist);
        var (status, html) = await Upload(archivist, Altered, store: true);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Bijgewerkt", html, StringComparison.Ordinal);
        Assert.Contains(Marker, StoredText(), StringComparison.Ordinal);

        var versions = await archivist.GetStringAsync(new Uri($"/d/{SeedId}/versions", UriKind.Relative), Cancel);
        Assert.Contains("ingest (os:", versions, StringComparison.Ordinal);
        Assert.Contains("upload (dekker)", versions, StringComparison.Ordinal);
        Assert.Contains("nieuwe inhoud, vervangt de vorige versie", versions, StringComparison.Ordinal);
        var old = await archivist.GetStringAsync(new Uri($"/d/{SeedId}?version=1", UriKind.Relative), Cancel);
        Assert.Contains("U leest versie 1 van dit document, niet de huidige.", old, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, old, StringComparison.Ordinal);

        using var restored = await Post(archivist, $"/d/{SeedId}/versions?handler=Restore", new() { ["version"] = "1", ["reason"] = "geen officiële tekst" });
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.DoesNotContain(Marker, StoredText(), StringComparison.Ordinal);
        using var archive = Open();
        Assert.Equal([VersionChange.Added, VersionChange.Replaced, VersionChange.Restored], archive.History(SeedId).Select(v => v.Change));
        Assert.Equal(new Actor("restore", "dekker"), archive.History(SeedId)[^1].By);
        var audit = _factory.Services.GetRequiredService<AuditLog>().Recent(1).Single();
        Assert.Equal(("document.restore", SeedId, "version 1 made current again: geen officiële tekst"), (audit.Action, audit.Target, audit.Detail));
    }

    [Fact]
    public async Task Restore_ByAMember_IsRefused_AndTheFormIsNotShown()
    {
        using (var archive = Open())
            archive.Store([Reading.DocumentReader.Read(Altered, "kst-35207-34.txt").Document!], Actor.Local("ingest"));
        using var member = await SignedIn(Member);

        var page = await member.GetStringAsync(new Uri($"/d/{SeedId}/versions", UriKind.Relative), Cancel);
        using var refused = await Post(member, $"/d/{SeedId}/versions?handler=Restore", new() { ["version"] = "1" }, await member.GetStringAsync(new Uri("/upload", UriKind.Relative), Cancel));

        Assert.DoesNotContain("Terugzetten", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(Marker, StoredText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovedDocument_ItsPageLeadsToItsVersions_Gone()
    {
        using (var archive = Open())
            archive.Remove(SeedId, Actor.Local("sync"), "deleted from the feed");
        using var anyone = Client();

        using var page = await anyone.GetAsync(new Uri($"/d/{SeedId}", UriKind.Relative), Cancel);
        Assert.Equal($"/d/{SeedId}/versions", page.Headers.Location?.OriginalString);
        using var versions = await anyone.GetAsync(new Uri($"/d/{SeedId}/versions", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Gone, versions.StatusCode);
        var html = await versions.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("Dit document is uit het archief gehaald", html, StringComparison.Ordinal);
        Assert.Contains("uit het archief gehaald: deleted from the feed", html, StringComparison.Ordinal);
        using var unknown = await anyone.GetAsync(new Uri("/d/kst-1-1/versions", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task AdminPage_ManagesAccounts_AndShowsTheAuditLog_ForTheAdminOnly()
    {
        using var anyone = Client();
        using (var toSignIn = await anyone.GetAsync(new Uri("/admin", UriKind.Relative), Cancel))
            Assert.StartsWith("/signin", toSignIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var member = await SignedIn(Member);
        using (var refused = await member.GetAsync(new Uri("/admin", UriKind.Relative), Cancel))
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using (var notByMember = await Post(member, "/admin?handler=Disable", new() { ["id"] = Archivist.Id }, await member.GetStringAsync(new Uri("/upload", UriKind.Relative), Cancel)))
            Assert.Equal(HttpStatusCode.Forbidden, notByMember.StatusCode);

        using var admin = await SignedIn(Admin);
        var page = await admin.GetStringAsync(new Uri("/admin", UriKind.Relative), Cancel);
        Assert.Contains("id=\"account-dekker\"", page, StringComparison.Ordinal);
        using (var disabled = await Post(admin, "/admin?handler=Disable", new() { ["id"] = Archivist.Id }, page))
            Assert.Contains("dekker: uitgeschakeld", await disabled.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var accounts = _factory.Services.GetRequiredService<AccountStore>();
        Assert.True(accounts.Get(Archivist.Id)!.Disabled);
        using (var added = await Post(admin, "/admin?handler=Add", new() { ["id"] = "konings", ["name"] = "Konings", ["role"] = "Clerk", ["committee"] = "vaste commissie voor Buitenlandse Zaken" }, page))
        {
            var html = await added.Content.ReadAsStringAsync(Cancel);
            var token = TokenShown().Match(html).Groups[1].Value;
            Assert.Equal("konings", accounts.FindByToken(token)?.Id);
        }
        using (var last = await Post(admin, "/admin?handler=Remove", new() { ["id"] = Admin.Id, ["confirm"] = "true" }, page))
        {
            Assert.Equal(HttpStatusCode.Conflict, last.StatusCode);
            Assert.Contains("&#x27;beheer&#x27; is the last administrator", await last.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        page = await admin.GetStringAsync(new Uri("/admin", UriKind.Relative), Cancel);
        Assert.Contains("admin page (beheer)", page, StringComparison.Ordinal);
        Assert.Contains("uitgeschakeld", page, StringComparison.Ordinal);
        var audit = _factory.Services.GetRequiredService<AuditLog>().Recent(2);
        Assert.Equal(["account.add", "account.disable"], audit.Select(r => r.Action));
        Assert.All(audit, r => Assert.Equal(new Actor("admin page", Admin.Id), r.By));
    }

    private HttpClient Client() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private async Task<HttpClient> SignedIn(User user)
    {
        var client = Client();
        var page = await client.GetStringAsync(new Uri("/signin", UriKind.Relative), Cancel);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["account"] = user.Id, ["password"] = "geheim-wachtwoord", ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value });
        using var response = await client.PostAsync(new Uri("/signin", UriKind.Relative), form, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A form post with the antiforgery token of <paramref name="page"/> (else of the page posted to).</summary>
    private static async Task<HttpResponseMessage> Post(HttpClient client, string url, Dictionary<string, string> fields, string? page = null)
    {
        page ??= await client.GetStringAsync(new Uri(url.Split('?')[0], UriKind.Relative), Cancel);
        fields["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), form, Cancel);
    }

    private static async Task<(HttpStatusCode, string)> Upload(HttpClient client, byte[] bytes, bool? store)
    {
        var page = await client.GetStringAsync(new Uri("/upload", UriKind.Relative), Cancel);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(bytes), "file", "kst-35207-34.txt" },
            { new StringContent(Token().Match(page).Groups[1].Value), "__RequestVerificationToken" },
        };
        if (store is { } value)
            form.Add(new StringContent(value ? "true" : "false"), "store");
        using var response = await client.PostAsync(new Uri("/upload", UriKind.Relative), form, Cancel);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<code class=\"token\">([^<]+)</code>")]
    private static partial Regex TokenShown();

    public void Dispose()
    {
        _factory.Dispose();
        _own.Dispose();
    }
}
