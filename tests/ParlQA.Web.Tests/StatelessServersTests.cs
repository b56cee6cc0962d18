using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ParlQA.Archive;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;
using ParlQA.Tests;

namespace ParlQA.Web.Tests;

/// <summary>Web servers hold no state of their own: over one PostgreSQL archive, two of them share rounds and accounts.</summary>
public sealed class StatelessServersTests
{
    private const string Committee = "vaste commissie voor Buitenlandse Zaken";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rounds_WithAPostgresArchive_LiveInItsDatabase_SoTwoServersAgree()
    {
        using var place = TestDatabase.Postgres();
        using (ArchiveOpener.Open(place.Db, create: true))
        {
        }
        using var first = new WebFactory(place.Db);
        using var second = new WebFactory(place.Db);
        var clerk = new User("clerk", "Konings", Role.Clerk, Committee: Committee);
        var member = new User("member", "Sjoerdsma", Role.Member, Committee: Committee, Party: "D66");
        var clerkToken = first.Services.GetRequiredService<AccountStore>().Add(clerk);
        var memberToken = second.Services.GetRequiredService<AccountStore>().Add(member);

        using var clerkOnFirst = Client(first, clerkToken);
        using var memberOnSecond = Client(second, memberToken);
        using var clerkOnSecond = Client(second, clerkToken);
        var created = await Json(await clerkOnFirst.PostAsJsonAsync("/api/v1/rounds", new
        {
            committee = Committee, letterTitle = "de brief over China", ministers = new[] { "Minister van Buitenlandse Zaken" }, ministry = "Buitenlandse Zaken",
        }, Cancel));
        var id = created.GetProperty("id").GetString();
        await Json(await clerkOnSecond.PostAsync(new Uri($"/api/v1/rounds/{id}/open", UriKind.Relative), null, Cancel));
        await Json(await memberOnSecond.PostAsJsonAsync($"/api/v1/rounds/{id}/questions", new { text = "Hoeveel politieke gevangenen zijn er?" }, Cancel));

        var seenByFirst = await Json(await clerkOnFirst.GetAsync(new Uri($"/api/v1/rounds/{id}", UriKind.Relative), Cancel));
        Assert.Equal("Open", seenByFirst.GetProperty("state").GetString());
        Assert.Equal(1, seenByFirst.GetProperty("questions").GetArrayLength());
        await using var connection = new NpgsqlConnection(place.Db);
        await connection.OpenAsync(Cancel);
        await using var count = new NpgsqlCommand("SELECT (SELECT COUNT(*) FROM rounds) * 10 + (SELECT COUNT(*) FROM accounts)", connection);
        Assert.Equal(12L, await count.ExecuteScalarAsync(Cancel));
        Assert.False(File.Exists("parlqa-rounds.db"), "rounds were kept in a local file beside the server");
    }

    private static HttpClient Client(WebFactory factory, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(Cancel);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }
}
