using System.Net;
using System.Text.Json;
using ParlQA.Rounds.Domain;
using ParlQA.Tests.Rounds;

namespace ParlQA.Web.Tests;

/// <summary>
/// Every cell of the visibility matrix (<see cref="VisibilityMatrix"/>: each person and the public, each state) through
/// every route a round is read by: the API's round, list and duplicates, the round page and the rounds page, the
/// round's feed and its publication. Whichever way a person comes, they are shown the same.
/// </summary>
public sealed class RoundVisibilityTests(RoundPeople people) : IClassFixture<RoundPeople>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, RoundState> PersonsAndStates()
    {
        var data = new TheoryData<string, RoundState>();
        foreach (var person in RoundMatrix.Everyone)
            foreach (var state in RoundMatrix.States)
                data.Add(person, state);
        return data;
    }

    [Theory]
    [MemberData(nameof(PersonsAndStates))]
    public async Task Api_ShowsWhatTheMatrixSays(string person, RoundState state)
    {
        var expected = VisibilityMatrix.Expected(person, state);
        var id = people.Store.Add(rid => VisibilityMatrix.InState(state, rid)).Id;
        var api = people.Api(person);

        using var response = await api.GetAsync(new Uri($"/api/v1/rounds/{id}", UriKind.Relative), Cancel);
        var list = await api.GetStringAsync(new Uri("/api/v1/rounds", UriKind.Relative), Cancel);
        using var duplicates = await api.GetAsync(new Uri($"/api/v1/rounds/{id}/duplicates", UriKind.Relative), Cancel);

        Assert.Equal(expected.Round, list.Contains($"\"{id}\"", StringComparison.Ordinal));
        Assert.Equal(expected.Round, duplicates.IsSuccessStatusCode);
        if (!expected.Round)
        {
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var round = json.RootElement;
        var who = round.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("userId").GetString()).ToList();
        Assert.Equal(expected, new Sight(true,
            round.GetProperty("questions").EnumerateArray().Any(q => q.GetProperty("text").GetString() == VisibilityMatrix.WithdrawnText),
            who.Contains("clerk"),
            who.Contains("officer") || who.Contains("approver"),
            round.GetProperty("questions").EnumerateArray().Any(q => q.GetProperty("memberId").ValueKind == JsonValueKind.String)));
        if (!expected.OthersWithdrawn)
            Assert.DoesNotContain(VisibilityMatrix.WithdrawnText, await duplicates.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PersonsAndStates))]
    public async Task PagesAndFeed_ShowWhatTheMatrixSays(string person, RoundState state)
    {
        var expected = VisibilityMatrix.Expected(person, state);
        var id = people.Store.Add(rid => VisibilityMatrix.InState(state, rid)).Id;
        var (client, _) = people.Pages(person);

        using var page = await client.GetAsync(new Uri($"/rounds/{id}", UriKind.Relative), Cancel);
        using var feed = await client.GetAsync(new Uri($"/feeds/rounds/{id}", UriKind.Relative), Cancel);
        using var publication = await client.GetAsync(new Uri($"/rounds/{id}/publication", UriKind.Relative), Cancel);
        var list = await client.GetStringAsync(new Uri("/rounds", UriKind.Relative), Cancel);

        Assert.Equal(expected.Round, list.Contains($"/rounds/{id}\"", StringComparison.Ordinal));
        Assert.Equal(expected.Round && state == RoundState.Published, publication.StatusCode == HttpStatusCode.OK);
        if (!expected.Round)
        {
            // Someone not signed in is asked to sign in; someone signed in without a part is refused.
            if (person == RoundMatrix.Public)
                Assert.StartsWith("/signin", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
            else
                Assert.Contains(page.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
            Assert.Equal(HttpStatusCode.NotFound, feed.StatusCode);
            return;
        }
        var html = await page.Content.ReadAsStringAsync(Cancel);
        var atom = await feed.Content.ReadAsStringAsync(Cancel);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (page.StatusCode, feed.StatusCode));
        Assert.Equal(expected with { AskersAccount = false }, new Sight(true,
            html.Contains(VisibilityMatrix.WithdrawnText, StringComparison.Ordinal),
            html.Contains("<td>clerk</td>", StringComparison.Ordinal),
            html.Contains("<td>officer</td>", StringComparison.Ordinal) || html.Contains("<td>approver</td>", StringComparison.Ordinal),
            false));
        Assert.Equal((expected.WhoInCommittee, expected.WhoInMinistry),
            (atom.Contains("(door clerk)", StringComparison.Ordinal), atom.Contains("(door officer)", StringComparison.Ordinal) || atom.Contains("(door approver)", StringComparison.Ordinal)));
    }
}
