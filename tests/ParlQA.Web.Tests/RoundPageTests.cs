using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ParlQA.Rounds.Domain;
using ParlQA.Tests.Rounds;

namespace ParlQA.Web.Tests;

/// <summary>
/// The round's page as each person uses it (issue 15, "the question round in the browser"): what the page shows them
/// and what its forms do, read from the HTML the server sends.
/// </summary>
public sealed partial class RoundPageTests(RoundPeople people) : IClassFixture<RoundPeople>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Member_SeesTheDeadlineForQuestions()
    {
        var round = people.Store.Add(id => RoundMatrix.InState(RoundState.Open, id));

        var html = await Page("member", round.Id);

        Assert.Contains($"<dd class=\"deadline\">{Day(round.QuestionDeadline!.Value)}</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Officer_EditsADraftAnswer()
    {
        var round = people.Store.Add(id => RoundMatrix.InState(RoundState.Sent, id));
        Assert.Contains("name=\"step\" value=\"edit-answer\"><input type=\"hidden\" name=\"answerId\" value=\"d1\">", await Page("officer", round.Id), StringComparison.Ordinal);

        var html = await Post("officer", round.Id, new() { ["step"] = "edit-answer", ["answerId"] = "d1", ["basedOnVersion"] = "1", ["numbers"] = "2", ["text"] = "Herziene tekst van het antwoord." });

        var d1 = people.Store.Find(round.Id)!.Answers.Single(a => a.Id == "d1");
        Assert.Equal(("Herziene tekst van het antwoord.", 2), (d1.Text, d1.Version));
        Assert.Contains("Herziene tekst van het antwoord.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approver_SendsADraftBackWithARemark_TheOfficerReadsIt()
    {
        var round = people.Store.Add(id => RoundMatrix.InState(RoundState.Sent, id));

        await Post("approver", round.Id, new() { ["step"] = "send-back", ["answerId"] = "d2", ["basedOnVersion"] = "1", ["remark"] = "Graag de cijfers van 2024 erbij." });

        var d2 = people.Store.Find(round.Id)!.Answers.Single(a => a.Id == "d2");
        Assert.Equal((false, "Graag de cijfers van 2024 erbij."), (d2.Approved, d2.Remark));
        Assert.Contains("<p class=\"remark\"><strong>Teruggestuurd:</strong> Graag de cijfers van 2024 erbij.</p>", await Page("officer", round.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clerk_SeesTheNumberedListBeforeSending_AndMovesAQuestionUp()
    {
        var round = people.Store.Add(id => RoundMatrix.InState(RoundState.Closed, id));
        Assert.Equal(["1 — Eerste vraag?", "2 — Tweede vraag?", "3 — Derde vraag?"], Listed(await Page("clerk", round.Id)));

        var html = await Post("clerk", round.Id, new() { ["step"] = "reorder", ["questionId"] = "s2", ["move"] = "up" });

        Assert.Equal(["1 — Tweede vraag?", "2 — Eerste vraag?", "3 — Derde vraag?"], Listed(html));
        var sent = await Post("clerk", round.Id, new() { ["step"] = "send" });
        Assert.Equal(["1 — Tweede vraag?", "2 — Eerste vraag?", "3 — Derde vraag?"], Listed(sent));
    }

    [Fact]
    public async Task Withdrawing_AsksForConfirmationFirst()
    {
        var round = people.Store.Add(id => RoundMatrix.InState(RoundState.Open, id));

        var html = await Page("member", round.Id);

        // The button that withdraws is inside a closed <details>: the first click only opens the question.
        Assert.Matches(new Regex("<details class=\"confirm\">\\s*<summary>Intrekken…</summary>\\s*<p>Weet u het zeker\\?[^<]*</p>\\s*<form method=\"post\"><input type=\"hidden\" name=\"step\" value=\"withdraw\"><input type=\"hidden\" name=\"questionId\" value=\"s1\">"), html);
    }

    [Fact]
    public async Task MergedQuestion_IsShownWithItsQuestion_NotAsAnItemOfTheList()
    {
        var round = people.Store.Add(id => RoundMatrix.InState(RoundState.Closed, id));

        var html = await Post("clerk", round.Id, new() { ["step"] = "merge", ["duplicate"] = "s3", ["into"] = "s1" });

        Assert.Equal(["1 — Eerste vraag?", "2 — Tweede vraag?"], Listed(html));
        Assert.Contains("<p class=\"merged meta\">Samengevoegd met deze vraag: Derde vraag? (Sjoerdsma)</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextStep_OnlyWhenThereIsOne()
    {
        var round = people.Store.Add(id => RoundMatrix.InState(RoundState.Closed, id));

        // A member has nothing to do in a closed round; the clerk has.
        Assert.DoesNotContain("Volgende stap", await Page("member", round.Id), StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"steps\">Volgende stap</h2>", await Page("clerk", round.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FootnoteMarkerTyped_IsOneSuperscript_NotTheMarkerAndANumber()
    {
        var round = people.Store.Add(id => RoundMatrix.InState(RoundState.Sent, id));

        var html = await Post("officer", round.Id, new()
        {
            ["step"] = "answer", ["numbers"] = "1", ["text"] = "Zie de nota [1] van het kabinet.", ["footnotes"] = "Kamerstuk 35 207, nr. 34",
        });

        var answer = Regex.Match(html, "<li id=\"d3\">(.*?)<span class=\"meta\">", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("Zie de nota <sup><a href=\"#d3-note-1\">1</a></sup> van het kabinet.", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("[1]", answer, StringComparison.Ordinal);
    }

    /// <summary>The list as the page shows it: "number — text" per item of the numbered list.</summary>
    private static List<string> Listed(string html)
    {
        var list = Regex.Match(html, "<ol class=\"round-questions\">(.*?)</ol>", RegexOptions.Singleline).Groups[1].Value;
        return [.. ListItem().Matches(list).Select(m => $"{m.Groups[1].Value} — {m.Groups[2].Value.Trim()}")];
    }

    [GeneratedRegex("<li id=\"s\\d+\">\\s*<strong>Vraag (\\d+)</strong> — ([^<]*)")]
    private static partial Regex ListItem();

    private async Task<string> Page(string person, string id)
    {
        var (client, _) = people.Pages(person);
        using var response = await client.GetAsync(new Uri($"/rounds/{id}", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    /// <summary>Posts one of the page's forms and returns the round's page as the person then sees it.</summary>
    private async Task<string> Post(string person, string id, Dictionary<string, string> fields)
    {
        var (client, token) = people.Pages(person);
        fields["__RequestVerificationToken"] = token;
        using var form = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri($"/rounds/{id}", UriKind.Relative), form, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{fields["step"]}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
        return await Page(person, id);
    }
}
