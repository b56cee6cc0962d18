using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ParlQA.Archive;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;

namespace ParlQA.Web.Tests;

/// <summary>The commitments register kept from the site: a clerk marks a commitment kept by an archived document,
/// its history shows who did when (from which status to which), and the feed tells its followers.</summary>
public sealed partial class UploadAndVersionsTests
{
    private static readonly User Clerk = new("konings", "Konings", Role.Clerk, Committee: "vaste commissie voor Buitenlandse Zaken");

    /// <summary>The seed's promise to inform the Kamer "dit najaar" (2020): overdue now.</summary>
    private long FirstCommitment()
    {
        using var archive = Open();
        return archive.Commitments().First(c => c.DueHint == "dit najaar").Id;
    }

    /// <summary>The register's marking form posted (with the token of <paramref name="page"/>, else of the register page).</summary>
    private static async Task<HttpResponseMessage> Fulfil(HttpClient client, long id, string document, string? page = null) =>
        await Post(client, "/commitments?handler=Fulfil", new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["document"] = document }, page);

    [Fact]
    public async Task Fulfil_ByAClerk_WithAnArchivedDocument_IsInTheHistoryThePageAndTheFeed()
    {
        _factory.Services.GetRequiredService<AccountStore>().Add(Clerk, Passwords.Hash(Clerk, "geheim-wachtwoord"));
        var id = FirstCommitment();
        using var clerk = await SignedIn(Clerk);

        using var response = await Fulfil(clerk, id, SeedId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/commitments#commitment-{id}", response.Headers.Location!.OriginalString);
        using (var archive = Open())
        {
            Assert.Equal(SeedId, archive.Commitments().Single(c => c.Id == id).FulfilledBy);
            var change = Assert.Single(archive.CommitmentChanges(id));
            Assert.Equal(("overdue", "fulfilled", new Actor("web", Clerk.Id)), (change.From, change.To, change.By));
        }
        var page = WebUtility.HtmlDecode(await Client().GetStringAsync(new Uri("/commitments", UriKind.Relative), Cancel));
        Assert.Contains("te laat → nagekomen, door web (konings)", page, StringComparison.Ordinal);
        var feed = WebUtility.HtmlDecode(await Client().GetStringAsync(new Uri("/feeds/commitments", UriKind.Relative), Cancel));
        Assert.Contains($"te laat → nagekomen, door web (konings) · nagekomen met {SeedId}", feed, StringComparison.Ordinal);
        Assert.Contains($"tag:parlqa,2026:commitment-change-", feed, StringComparison.Ordinal);
        Assert.Contains(_factory.Services.GetRequiredService<AuditLog>().Recent(10), r => r.Action == "commitment.fulfil" && r.Target == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Fulfil_WithADocumentTheArchiveDoesNotHold_IsRefusedWithTheReason_NothingChanged()
    {
        var id = FirstCommitment();
        using var archivist = await SignedIn(Archivist);

        using var response = await Fulfil(archivist, id, "kst-99999-1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Het archief heeft geen document &#x27;kst-99999-1&#x27;", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        using var archive = Open();
        Assert.Null(archive.Commitments().Single(c => c.Id == id).FulfilledBy);
        Assert.Empty(archive.CommitmentChanges(id));
    }

    [Fact]
    public async Task Fulfil_ByAMemberOrTheSignedOut_IsRefused_AndTheyGetNoForm()
    {
        var id = FirstCommitment();
        using var member = await SignedIn(Member);

        // (The register shows a member no form, so the form's token is taken from the sign-in page.)
        using var forbidden = await Fulfil(member, id, SeedId, await member.GetStringAsync(new Uri("/signin", UriKind.Relative), Cancel));
        using var signedOut = Client();
        using var anonymous = await Fulfil(signedOut, id, SeedId, await signedOut.GetStringAsync(new Uri("/signin", UriKind.Relative), Cancel));

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/signin", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Fulfil", await member.GetStringAsync(new Uri("/commitments", UriKind.Relative), Cancel), StringComparison.Ordinal);
        using var archive = Open();
        Assert.Empty(archive.CommitmentChanges());
    }
}
