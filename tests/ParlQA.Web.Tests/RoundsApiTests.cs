using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;

namespace ParlQA.Web.Tests;

/// <summary>The question round through the API: the whole procedure, stale edits and approvals, the API's own shapes (the permission matrix: RoundPermissionTests).</summary>
public sealed class RoundsApiTests : IDisposable
{
    private const string Committee = "vaste commissie voor Buitenlandse Zaken", Ministry = "Buitenlandse Zaken";
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static readonly User[] People =
    [
        new("clerk", "Konings", Role.Clerk, Committee: Committee),
        new("member", "Sjoerdsma", Role.Member, Committee: Committee, Party: "D66"),
        new("member-2", "Van Helvert", Role.Member, Committee: Committee, Party: "CDA"),
        new("outsider", "Buiten", Role.Member, Committee: "vaste commissie voor Financiën", Party: "SP"),
        new("officer", "Ambtenaar", Role.Officer, Ministry: Ministry),
        new("officer-2", "Tweede ambtenaar", Role.Officer, Ministry: Ministry),
        new("approver", "Directeur", Role.Approver, Ministry: Ministry),
        new("fin-officer", "Financiën", Role.Officer, Ministry: "Financiën"),
        new("admin", "Beheer", Role.Administrator),
    ];

    private readonly OwnArchive _archive = new();
    private readonly WebFactory _factory;
    private readonly Dictionary<string, string> _tokens = [];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public RoundsApiTests()
    {
        _factory = new WebFactory(_archive.Db);
        var accounts = _factory.Services.GetRequiredService<AccountStore>();
        foreach (var person in People)
            _tokens[person.Id] = accounts.Add(person);
    }

    private static User Person(string id) => People.Single(p => p.Id == id);

    private HttpClient As(string? id)
    {
        var client = _factory.CreateClient();
        if (id is not null)
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _tokens[id]);
        return client;
    }

    private static object Spec => new
    {
        committee = Committee, letterTitle = "de toelichting op het mensenrechtenbeleid ten aanzien van China", letterDate = "2019-11-11",
        letterCitation = "Kamerstuk 35 207, nr. 32", ministers = new[] { "Minister van Buitenlandse Zaken" }, ministry = Ministry,
        questionDeadline = DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), answerDays = 21, chair = "P. Dijkstra",
    };

    [Fact]
    public async Task WholeRound_FromOpeningToPublication_FoundBySearch()
    {
        using var clerk = As("clerk");
        using var member = As("member");
        using var other = As("member-2");
        using var officer = As("officer");
        using var approver = As("approver");
        using var anyone = As(null);

        var round = await Ok(await clerk.PostAsJsonAsync("/api/v1/rounds", Spec, Cancel));
        var id = round.GetProperty("id").GetString();
        await Ok(await clerk.PostAsync(new Uri($"/api/v1/rounds/{id}/open", UriKind.Relative), null, Cancel));
        await Ok(await member.PostAsJsonAsync($"/api/v1/rounds/{id}/questions", new { text = "Hoeveel Tibetaanse politieke gevangenen zijn er?", sources = new[] { "https://www.hrw.org/report" } }, Cancel));
        await Ok(await other.PostAsJsonAsync($"/api/v1/rounds/{id}/questions", new { text = "Hoeveel politieke gevangenen uit Tibet zijn er?" }, Cancel));
        await Ok(await other.PostAsJsonAsync($"/api/v1/rounds/{id}/questions", new { text = "Welke gesprekken voert de ambassade met de Tibetaanse gemeenschap?" }, Cancel));
        await Ok(await member.PostAsJsonAsync($"/api/v1/rounds/{id}/questions", new { text = "Welke stappen zet de EU om de vrijlating te bepleiten?" }, Cancel));
        await Ok(await member.PostAsJsonAsync($"/api/v1/rounds/{id}/questions", new { text = "Welke stappen zet Nederland zelf?" }, Cancel));
        await Ok(await clerk.PostAsync(new Uri($"/api/v1/rounds/{id}/close", UriKind.Relative), null, Cancel));
        var duplicates = await Ok(await clerk.GetAsync(new Uri($"/api/v1/rounds/{id}/duplicates", UriKind.Relative), Cancel));
        Assert.Contains(duplicates.EnumerateArray(), d => d.GetProperty("questionId").GetString() == "s2" && d.GetProperty("likeQuestionId").GetString() == "s1");
        await Ok(await clerk.PostAsJsonAsync($"/api/v1/rounds/{id}/merge", new { duplicate = "s2", into = "s1" }, Cancel));
        var sent = await Ok(await clerk.PostAsJsonAsync($"/api/v1/rounds/{id}/send", new { }, Cancel));
        Assert.Equal("Sent", sent.GetProperty("state").GetString());

        // Grouped (2 and 3 together), by reference (4 refers to 1), one with a footnote.
        await Ok(await officer.PostAsJsonAsync($"/api/v1/rounds/{id}/answers", new { questionNumbers = new[] { 1 }, text = "Het kabinet beschikt niet over betrouwbare cijfers.", footnotes = new[] { "Human Rights Watch, https://www.hrw.org/report" } }, Cancel));
        await Ok(await officer.PostAsJsonAsync($"/api/v1/rounds/{id}/answers", new { questionNumbers = new[] { 2, 3 }, text = "De EU en Nederland spreken China hierop aan." }, Cancel));
        var drafted = await Ok(await officer.PostAsJsonAsync($"/api/v1/rounds/{id}/answers", new { questionNumbers = new[] { 4 }, referenceTo = 2 }, Cancel));
        foreach (var answer in drafted.GetProperty("answers").EnumerateArray())
            await Ok(await approver.PostAsJsonAsync($"/api/v1/rounds/{id}/answers/{answer.GetProperty("id").GetString()}/approve", new { basedOnVersion = answer.GetProperty("version").GetInt32() }, Cancel));
        await Ok(await approver.PostAsync(new Uri($"/api/v1/rounds/{id}/send-answers", UriKind.Relative), null, Cancel));

        using (var hidden = await anyone.GetAsync(new Uri($"/api/v1/rounds/{id}", UriKind.Relative), Cancel))
            Assert.Equal(HttpStatusCode.Forbidden, hidden.StatusCode);
        var published = await Ok(await clerk.PostAsync(new Uri($"/api/v1/rounds/{id}/publish", UriKind.Relative), null, Cancel));
        Assert.Equal("Published", published.GetProperty("state").GetString());
        var documentId = published.GetProperty("documentId").GetString();

        var search = await Ok(await anyone.GetAsync(new Uri("/api/v1/search?q=%22betrouwbare%20cijfers%22", UriKind.Relative), Cancel));
        Assert.Contains(search.GetProperty("hits").EnumerateArray(), h => h.GetProperty("documentId").GetString() == documentId);
        var document = await Ok(await anyone.GetAsync(new Uri($"/api/v1/documents/{documentId}", UriKind.Relative), Cancel));
        Assert.Equal([["q1"], ["q2", "q3"], ["q4"]], document.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("questionIds").EnumerateArray().Select(q => q.GetString()).ToArray()));
        using (var feed = await anyone.GetAsync(new Uri($"/feeds/rounds/{id}", UriKind.Relative), Cancel))
            Assert.Contains("<title type=\"text\">gepubliceerd: " + documentId, await feed.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        using var pdf = await anyone.GetAsync(new Uri($"/api/v1/rounds/{id}/publication.pdf", UriKind.Relative), Cancel);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(document.GetProperty("questions").GetArrayLength(),
            ParlQA.Reading.DocumentReader.Read(await pdf.Content.ReadAsByteArrayAsync(Cancel), "round.pdf").Document!.Questions.Count);
    }

    [Fact]
    public async Task StaleAnswerEdit_Is409WithTheCurrentVersion()
    {
        var store = _factory.Services.GetRequiredService<RoundStore>();
        var id = store.Add(rid => Sent(rid)).Id;
        store.Change(id, r => RoundProcedure.DraftAnswer(r, Person("officer"), null, null, [1], "Concept.", null, [], Now));
        using var first = As("officer");
        using var second = As("officer-2");

        await Ok(await first.PutAsJsonAsync($"/api/v1/rounds/{id}/answers/d1", new { questionNumbers = new[] { 1 }, text = "Eerste.", basedOnVersion = 1 }, Cancel));
        using var stale = await second.PutAsJsonAsync($"/api/v1/rounds/{id}/answers/d1", new { questionNumbers = new[] { 1 }, text = "Tweede.", basedOnVersion = 1 }, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = JsonDocument.Parse(await stale.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal("Eerste.", store.Find(id)!.Answers[0].Text);
    }

    [Fact]
    public async Task AnswerMovedThenFirstQuestionAnswered_RoundStillPublishes()
    {
        var store = _factory.Services.GetRequiredService<RoundStore>();
        var id = store.Add(rid => Sent(rid)).Id;
        using var officer = As("officer");
        using var approver = As("approver");
        using var clerk = As("clerk");
        var first = (await Ok(await officer.PostAsJsonAsync($"/api/v1/rounds/{id}/answers", new { questionNumbers = new[] { 1 }, text = "Eerst op vraag 1." }, Cancel)))
            .GetProperty("answers")[0].GetProperty("id").GetString();
        await Ok(await officer.PutAsJsonAsync($"/api/v1/rounds/{id}/answers/{first}", new { questionNumbers = new[] { 2 }, text = "Toch op vraag 2.", basedOnVersion = 1 }, Cancel));
        var round = await Ok(await officer.PostAsJsonAsync($"/api/v1/rounds/{id}/answers", new { questionNumbers = new[] { 1 }, text = "Nu op vraag 1." }, Cancel));

        foreach (var answer in round.GetProperty("answers").EnumerateArray())
            await Ok(await approver.PostAsJsonAsync($"/api/v1/rounds/{id}/answers/{answer.GetProperty("id").GetString()}/approve", new { basedOnVersion = answer.GetProperty("version").GetInt32() }, Cancel));
        await Ok(await approver.PostAsync(new Uri($"/api/v1/rounds/{id}/send-answers", UriKind.Relative), null, Cancel));
        var published = await Ok(await clerk.PostAsync(new Uri($"/api/v1/rounds/{id}/publish", UriKind.Relative), null, Cancel));

        Assert.Equal("Published", published.GetProperty("state").GetString());
        var document = await Ok(await clerk.GetAsync(new Uri($"/api/v1/documents/{published.GetProperty("documentId").GetString()}", UriKind.Relative), Cancel));
        Assert.Equal(["Nu op vraag 1.", "Toch op vraag 2."], document.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task ApproveAVersionNotRead_Is409WithTheCurrentVersion()
    {
        var store = _factory.Services.GetRequiredService<RoundStore>();
        var id = store.Add(rid => Sent(rid)).Id;
        store.Change(id, r => RoundProcedure.DraftAnswer(r, Person("officer"), null, null, [1], "Versie een.", null, [], Now));
        store.Change(id, r => RoundProcedure.DraftAnswer(r, Person("officer"), "d1", 1, [1], "Versie twee.", null, [], Now));
        using var approver = As("approver");

        using var stale = await approver.PostAsJsonAsync($"/api/v1/rounds/{id}/answers/d1/approve", new { basedOnVersion = 1 }, Cancel);
        using var unsaid = await approver.PostAsync(new Uri($"/api/v1/rounds/{id}/answers/d1/approve", UriKind.Relative), null, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2, JsonDocument.Parse(await stale.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("currentVersion").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, unsaid.StatusCode);
        Assert.False(store.Find(id)!.Answers[0].Approved);
        await Ok(await approver.PostAsJsonAsync($"/api/v1/rounds/{id}/answers/d1/approve", new { basedOnVersion = 2 }, Cancel));
        Assert.True(store.Find(id)!.Answers[0].Approved);
    }

    [Fact]
    public async Task Reorder_ListsTheQuestionsInTheNewOrder_MergedOnesAfter()
    {
        var store = _factory.Services.GetRequiredService<RoundStore>();
        var id = store.Add(rid => RoundProcedure.Submit(InState(rid, RoundState.Open), Person("member"), "Derde vraag?", [], Now)).Id;
        store.Change(id, r => RoundProcedure.Close(r, Clerk, Now));
        using var clerk = As("clerk");

        await Ok(await clerk.PostAsJsonAsync($"/api/v1/rounds/{id}/merge", new { duplicate = "s1", into = "s3" }, Cancel));
        var reordered = await Ok(await clerk.PutAsJsonAsync($"/api/v1/rounds/{id}/order", new { order = new[] { "s3", "s2" } }, Cancel));
        var sent = await Ok(await clerk.PostAsync(new Uri($"/api/v1/rounds/{id}/send", UriKind.Relative), null, Cancel));

        Assert.Equal(["s3", "s2", "s1"], reordered.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()));
        Assert.Equal(["s3", "s2", "s1"], sent.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()));
        Assert.Equal([1, 2], sent.GetProperty("questions").EnumerateArray().Take(2).Select(q => q.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task Round_IsTheApisOwnShape_WithTheStepsYouMayTake()
    {
        var store = _factory.Services.GetRequiredService<RoundStore>();
        var id = store.Add(rid => Sent(rid)).Id;
        using var officer = As("officer");
        using var anyone = As(null);

        var round = await Ok(await officer.GetAsync(new Uri($"/api/v1/rounds/{id}", UriKind.Relative), Cancel));
        var list = await Ok(await officer.GetAsync(new Uri("/api/v1/rounds", UriKind.Relative), Cancel));

        Assert.Equal(["id", "committee", "letterTitle", "letterDate", "letterCitation", "ministers", "ministry", "state", "questionDeadline", "answerDays", "chair", "clerk",
            "sentOn", "dueOn", "delayReason", "answeredOn", "documentId", "version", "questions", "answers", "history", "steps"], round.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["postpone", "answer", "edit-answer"], round.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["id", "number", "label", "text", "sources", "memberId", "memberName", "party", "withdrawn", "mergedInto"],
            round.GetProperty("questions")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "committee", "letterTitle", "state", "questionDeadline", "dueOn", "documentId", "version"], list[0].EnumerateObject().Select(p => p.Name));
        using var hidden = await anyone.GetAsync(new Uri("/api/v1/rounds", UriKind.Relative), Cancel);
        Assert.Equal("[]", await hidden.Content.ReadAsStringAsync(Cancel));
    }

    /// <summary>A round whose answers were sent, ready to publish.</summary>
    internal static Round Answered(string id) => InState(id, RoundState.Answered);

    /// <summary>The clerk of the rounds made here, who may publish them.</summary>
    internal static User Clerk => Person("clerk");

    private static Round InState(string id, RoundState state)
    {
        var clerk = Person("clerk");
        var round = RoundProcedure.Create(id, new NewRound(Committee, "de brief", null, null, ["Minister van Buitenlandse Zaken"], Ministry, null), clerk, Now);
        if (state == RoundState.Draft)
            return round;
        round = RoundProcedure.Open(round, clerk, Now);
        round = RoundProcedure.Submit(round, Person("member"), "Eerste vraag?", [], Now);
        round = RoundProcedure.Submit(round, Person("member-2"), "Tweede vraag?", [], Now);
        if (state == RoundState.Open)
            return round;
        round = RoundProcedure.Close(round, clerk, Now);
        if (state == RoundState.Closed)
            return round;
        round = RoundProcedure.Send(round, clerk, null, Now);
        round = RoundProcedure.DraftAnswer(round, Person("officer"), null, null, [2], "Antwoord op twee.", null, [], Now);
        if (state == RoundState.Sent)
            return round;
        round = RoundProcedure.DraftAnswer(round, Person("officer"), null, null, [1], "Antwoord op een.", null, [], Now);
        foreach (var answer in round.Answers)
            round = RoundProcedure.Approve(round, Person("approver"), answer.Id, answer.Version, Now);
        if (state == RoundState.Postponed)
            return round;
        return RoundProcedure.SendAnswers(round, Person("approver"), Now);
    }

    private static Round Sent(string id) => InState(id, RoundState.Closed) is var closed ? RoundProcedure.Send(closed, Person("clerk"), null, Now) : null!;

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(Cancel);
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    public void Dispose()
    {
        _factory.Dispose();
        _archive.Dispose();
    }
}
