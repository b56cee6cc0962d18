using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using ParlQA.Model;

namespace ParlQA.Web.Tests;

[Collection(SharedArchive.Name)]
public sealed class ApiTests(ArchiveFixture archive) : IDisposable
{
    private readonly WebFactory _factory = new(archive.Db);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Document_IsTheJsonParsePrints_WithAnETag()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/v1/documents/kst-35207-34", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(QaJson.Serialize(archive.Seed), await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal($"\"{archive.Seed.Source!.Sha256}\"", response.Headers.ETag?.Tag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/documents/kst-35207-34");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await client.SendAsync(again, Cancel);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Document_Unknown_Is404ProblemJson()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/v1/documents/kst-1-1", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no document 'kst-1-1'", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_TashiWangchuk_FindsQuestions26And41()
    {
        using var client = _factory.CreateClient();
        var json = await GetJson(client, "/api/v1/search?q=%22Tashi%20Wangchuk%22");
        var hits = json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("documentId").GetString() + "#" + h.GetProperty("questionId").GetString()).ToList();
        Assert.Contains("kst-35207-34#q26", hits);
        Assert.Contains("kst-35207-34#q41", hits);
        // Marked where it stands: in the question's passage, or in the answer's.
        Assert.All(json.GetProperty("hits").EnumerateArray(), h => Assert.Contains("**Tashi**", h.GetProperty("snippet").GetString() + h.GetProperty("answerSnippet").GetString(), StringComparison.Ordinal));
        Assert.Empty(json.GetProperty("facets").EnumerateArray());

        var faceted = await GetJson(client, "/api/v1/search?q=%22Tashi%20Wangchuk%22&facets=true");
        var years = faceted.GetProperty("facets").EnumerateArray().Where(f => f.GetProperty("name").GetString() == "year").ToList();
        Assert.Equal(json.GetProperty("total").GetInt32(), years.Sum(f => f.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Search_QuestionInPlainWords_GivesHitsWithWhoAskedAnsweredWhenAndTitle()
    {
        using var client = _factory.CreateClient();
        var json = await GetJson(client, "/api/v1/search?q=" + Uri.EscapeDataString("Wat zegt de minister over de Oeigoeren in Xinjiang?"));

        Assert.True(json.GetProperty("total").GetInt32() > 0);
        var hit = json.GetProperty("hits")[0];
        Assert.Equal("Minister van Buitenlandse Zaken", hit.GetProperty("answeredBy").GetString());
        Assert.Equal("2020-06-17", hit.GetProperty("answeredOn").GetString());
        Assert.StartsWith("de toelichting op het mensenrechtenbeleid", hit.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Matches("Oeigoer|Xinjiang", hit.GetProperty("question").GetString()! + hit.GetProperty("answer").GetString());

        var asked = (await GetJson(client, "/api/v1/search?q=regenboogbeleid")).GetProperty("hits")[0];
        Assert.Equal("Mutluer", asked.GetProperty("askedBy")[0].GetProperty("name").GetString());
        Assert.Equal("GroenLinks-PvdA", asked.GetProperty("askedBy")[0].GetProperty("party").GetString());
        Assert.Equal("2024-03-06", asked.GetProperty("submittedOn").GetString());
    }

    [Theory]
    [InlineData("geïnformeerd")]
    [InlineData("geinformeerd")]
    public async Task Search_Participle_TheAnswersThatSayItComeFirstAndQuotesKeepToIt(string word)
    {
        using var client = _factory.CreateClient();
        static bool SaysIt(JsonElement hit) => Regex.IsMatch(
            hit.GetProperty("question").GetString() + " " + (hit.TryGetProperty("answer", out var answer) ? answer.GetString() : ""), "[Gg]e[iï]nformeerd\\b");

        var hits = (await GetJson(client, $"/api/v1/search?q={Uri.EscapeDataString(word)}&limit=5")).GetProperty("hits").EnumerateArray().ToList();
        var quoted = await GetJson(client, $"/api/v1/search?q={Uri.EscapeDataString($"\"{word}\"")}&limit=100");

        Assert.Equal(5, hits.Count);
        Assert.All(hits, h => Assert.True(SaysIt(h), h.GetProperty("question").GetString()));
        Assert.True(quoted.GetProperty("total").GetInt32() > 0);
        Assert.All(quoted.GetProperty("hits").EnumerateArray(), h => Assert.True(SaysIt(h), h.GetProperty("question").GetString()));
    }

    [Fact]
    public async Task Search_SortDateAndMisspelling_NewestFirstAndCorrected()
    {
        using var client = _factory.CreateClient();
        var newest = await GetJson(client, "/api/v1/search?q=minister&sort=date&limit=30");
        var dates = newest.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("answeredOn").GetString() ?? h.GetProperty("submittedOn").GetString()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);

        var corrected = await GetJson(client, "/api/v1/search?q=Xinjang");
        Assert.True(corrected.GetProperty("corrected").GetBoolean());
        Assert.Equal("xinjiang", corrected.GetProperty("didYouMean")[0].GetProperty("suggested").GetString());
        Assert.True(corrected.GetProperty("total").GetInt32() > 0);

        using var bad = await client.GetAsync(new Uri("/api/v1/search?q=Tibet&sort=oud", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory]
    [InlineData("%22Tibet", "unbalanced quote")]
    [InlineData("kleur:rood", "unknown filter 'kleur:'")]
    [InlineData("(Tibet", "column")]
    [InlineData("a*+a*+a*+a*+a*+a*+a*+a*+a*+a*+a*+a*+a*+a*+a*+a*+a*+a*+a*+a*+a*+a*+a*+a*+a*+a*", "too many terms")]
    public async Task Search_MalformedQuery_Is400WithTheReason(string query, string reason)
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/v1/search?q=" + query, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_CursorPaging_VisitsEveryDocumentOnce()
    {
        using var client = _factory.CreateClient();
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await GetJson(client, "/api/v1/documents?limit=7" + (cursor is null ? "" : "&cursor=" + cursor));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            cursor = page.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null && seen.Count < 1000);
        var all = await GetJson(client, "/api/v1/stats");
        Assert.Equal(all.GetProperty("documents").GetInt32(), seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Contains("kst-35207-34", seen);
    }

    [Fact]
    public async Task Documents_FilteredAndBadCursor()
    {
        using var client = _factory.CreateClient();
        var written = await GetJson(client, "/api/v1/documents?filter=kind:written-questions&limit=100");
        Assert.All(written.GetProperty("items").EnumerateArray(), i => Assert.Equal("written-questions", i.GetProperty("kind").GetString()));
        using var bad = await client.GetAsync(new Uri("/api/v1/documents?cursor=not-ours", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("invalid cursor", await bad.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_ShowsTheSameAnswerGivenToOthers()
    {
        using var client = _factory.CreateClient();
        var q11 = await GetJson(client, "/api/v1/documents/kst-35207-34/questions/q11");
        var same = q11.GetProperty("sameAnswer").EnumerateArray().Select(s => s.GetProperty("questionId").GetString()).ToList();
        Assert.Contains("q13", same);
        Assert.Contains("q17", same);
        Assert.Contains("q20", same);
        Assert.Equal("/d/kst-35207-34/q13", q11.GetProperty("sameAnswer").EnumerateArray().First(s => s.GetProperty("questionId").GetString() == "q13").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Similar_ToAnArchivedQuestion_LeavesItOut()
    {
        using var client = _factory.CreateClient();
        var hits = (await GetJson(client, "/api/v1/similar?question=kst-35207-34%23q26")).EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.DoesNotContain(hits, h => h.GetProperty("documentId").GetString() == "kst-35207-34" && h.GetProperty("questionId").GetString() == "q26");
        using var bad = await client.GetAsync(new Uri("/api/v1/similar", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Commitments_FilterByStatus_AndRefuseAnUnknownOne()
    {
        using var client = _factory.CreateClient();
        var all = (await GetJson(client, "/api/v1/commitments")).EnumerateArray().ToList();
        Assert.NotEmpty(all);
        var overdue = (await GetJson(client, "/api/v1/commitments?status=overdue")).EnumerateArray().ToList();
        Assert.All(overdue, c => Assert.Equal("overdue", c.GetProperty("status").GetString()));
        Assert.True(overdue.Count <= all.Count);
        using var bad = await client.GetAsync(new Uri("/api/v1/commitments?status=someday", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Stats_AnswererNotKnown_IsNull_NotADisplayString()
    {
        using var client = _factory.CreateClient();
        var byAnswerer = (await GetJson(client, "/api/v1/stats")).GetProperty("byAnswerer").EnumerateArray().ToList();

        var unknown = Assert.Single(byAnswerer, a => a.GetProperty("answeredBy").ValueKind == JsonValueKind.Null);
        Assert.True(unknown.GetProperty("documents").GetInt32() >= 1);   // the hostile document names no answerer
        Assert.DoesNotContain(byAnswerer, a => a.GetProperty("answeredBy").GetString() is "(unknown)" or "(onbekend)");
    }

    [Fact]
    public async Task Stats_CountEachPersonOnce_AsTheStatisticsPageDoes()
    {
        using var client = _factory.CreateClient();
        var stats = await GetJson(client, "/api/v1/stats");
        var directory = _factory.Services.GetRequiredService<ParlQA.Web.Hosting.PeopleService>().Directory();

        var byAnswerer = stats.GetProperty("byAnswerer").EnumerateArray()
            .Where(a => a.GetProperty("answeredBy").ValueKind == JsonValueKind.String)
            .Select(a => (a.GetProperty("answeredBy").GetString(), a.GetProperty("documents").GetInt32())).ToList();
        var byMinistry = stats.GetProperty("byMinistry").EnumerateArray()
            .Where(m => m.GetProperty("ministry").ValueKind == JsonValueKind.String)
            .Select(m => (m.GetProperty("ministry").GetString(), m.GetProperty("documents").GetInt32())).ToList();

        // The samples print Yeşilgöz-Zegerius two ways ("Minister Yeşilgöz-Zegerius (Justitie en Veiligheid)", "D. Yeşilgöz-Zegerius (minister van …)").
        Assert.Single(byAnswerer, a => a.Item1!.Contains("Yeşilgöz", StringComparison.Ordinal));
        Assert.Equal(directory.Answerers().Select(a => ((string?)a.Name, a.Documents.Count)).Order(), byAnswerer.Order());
        Assert.Equal(directory.Ministries().Select(m => ((string?)m.Name, m.Documents.Count)).Order(), byMinistry.Order());
        Assert.Equal(directory.Members().Select(m => (m.Name, m.Documents.Count)).Order(),
            stats.GetProperty("byMember").EnumerateArray().Select(m => (m.GetProperty("member").GetString()!, m.GetProperty("documents").GetInt32())).Order());
    }

    [Fact]
    public async Task ReadEndpoints_AllowCors()
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stats");
        request.Headers.Add("Origin", "https://example.org");
        using var response = await client.SendAsync(request, Cancel);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task OpenApiDescription_NamesEveryApiEndpoint()
    {
        using var client = _factory.CreateClient();
        var paths = (await GetJson(client, "/openapi/v1.json")).GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        var routes = _factory.Services.GetServices<Microsoft.AspNetCore.Routing.EndpointDataSource>()
            .SelectMany(s => s.Endpoints).OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Select(e => "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimStart('/').TrimEnd('/'), ":[a-z]+}", "}"))
            .Where(r => r.StartsWith("/api/v1", StringComparison.Ordinal)).ToHashSet();
        Assert.NotEmpty(routes);
        Assert.Equal(routes.Order(StringComparer.Ordinal), paths.Where(p => p.StartsWith("/api/v1", StringComparison.Ordinal)).Select(p => p.TrimEnd('/')).Order(StringComparer.Ordinal));
        using var docs = await client.GetAsync(new Uri("/api/docs/v1", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
    }

    [Fact]
    public async Task HealthAndMetrics()
    {
        using var client = _factory.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/healthz", UriKind.Relative), Cancel));
        await client.GetStringAsync(new Uri("/api/v1/stats", UriKind.Relative), Cancel);
        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), Cancel);
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_AreAtom()
    {
        using var client = _factory.CreateClient();
        foreach (var feed in new[] { "/feeds/documents", "/feeds/search?q=Tibet", "/feeds/commitments" })
        {
            using var response = await client.GetAsync(new Uri(feed, UriKind.Relative), Cancel);
            Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
            var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
            Assert.NotEmpty(xml.Root!.Elements(System.Xml.Linq.XName.Get("entry", "http://www.w3.org/2005/Atom")));
        }
    }

    [Fact]
    public async Task Search_IsRateLimitedPerClient()
    {
        using var limited = new WebFactory(archive.Db, searchesPerMinute: 2);
        using var client = limited.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (int i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri("/api/v1/search?q=Tibet", UriKind.Relative), Cancel);
            codes.Add(response.StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], codes);
    }

    private static async Task<JsonElement> GetJson(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public void Dispose() => _factory.Dispose();
}
