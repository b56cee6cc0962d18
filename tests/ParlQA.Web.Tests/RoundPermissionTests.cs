using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using ParlQA.Rounds.Domain;
using ParlQA.Tests.Rounds;
using ParlQA.Web.Rounds;

namespace ParlQA.Web.Tests;

/// <summary>
/// Every cell of the permission matrix (<see cref="RoundMatrix"/>: each step, each person and the public, each state)
/// over the API and over the pages: allowed (200, or a page's redirect back to the round), 403, or 409 — the same
/// answer whichever way a person comes.
/// </summary>
public sealed class RoundPermissionTests(RoundPeople people) : IClassFixture<RoundPeople>
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
    public async Task Api_EveryStep_AsTheMatrixSays(string person, RoundState state)
    {
        var wrong = new List<string>();
        foreach (var row in RoundMatrix.Rows)
        {
            var round = people.Store.Add(id => RoundMatrix.Arranged(row, state, id));
            var step = RoundSteps.Find(row.Step)!;
            var args = row.Args(round, person);
            var route = step.Route.Replace("{questionId}", args.QuestionId, StringComparison.Ordinal).Replace("{answerId}", args.AnswerId, StringComparison.Ordinal);
            using var request = new HttpRequestMessage(new HttpMethod(step.Method), $"/api/v1/rounds/{round.Id}{route}") { Content = JsonContent.Create(args) };
            using var response = await people.Api(person).SendAsync(request, Cancel);
            var expected = RoundMatrix.Expected(row, person, state) switch
            {
                Outcome.Allowed => HttpStatusCode.OK,
                Outcome.Forbidden => HttpStatusCode.Forbidden,
                _ => HttpStatusCode.Conflict,
            };
            if (response.StatusCode != expected)
                wrong.Add($"{row.Step}: expected {(int)expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
        }
        Assert.True(wrong.Count == 0, $"{person} in a {state} round:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [MemberData(nameof(PersonsAndStates))]
    public async Task Pages_EveryStep_AsTheMatrixSays(string person, RoundState state)
    {
        var (client, token) = people.Pages(person);
        var wrong = new List<string>();
        foreach (var row in RoundMatrix.Rows)
        {
            var round = people.Store.Add(id => RoundMatrix.Arranged(row, state, id));
            using var form = new FormUrlEncodedContent(Form(row.Step, row.Args(round, person), token));
            using var response = await client.PostAsync(new Uri($"/rounds/{round.Id}", UriKind.Relative), form, Cancel);
            var expected = RoundMatrix.Expected(row, person, state) switch
            {
                Outcome.Allowed => HttpStatusCode.Redirect,
                Outcome.Forbidden => HttpStatusCode.Forbidden,
                _ => HttpStatusCode.Conflict,
            };
            if (response.StatusCode != expected)
                wrong.Add($"{row.Step}: expected {(int)expected}, got {(int)response.StatusCode} {Refusal(await response.Content.ReadAsStringAsync(Cancel))}");
        }
        Assert.True(wrong.Count == 0, $"{person} in a {state} round:\n" + string.Join("\n", wrong));
    }

    /// <summary>What the page says went wrong, if it says.</summary>
    private static string Refusal(string html) => System.Text.RegularExpressions.Regex.Match(html, "<p class=\"error\" role=\"alert\">([^<]*)</p>|<h1>([^<]*)</h1>") is { Success: true } m ? m.Value : "";

    /// <summary>The step's arguments as the round page's forms send them.</summary>
    private static Dictionary<string, string> Form(string step, StepArgs args, string token)
    {
        var fields = new Dictionary<string, string?>
        {
            ["step"] = step, ["__RequestVerificationToken"] = token, ["text"] = args.Text, ["questionId"] = args.QuestionId, ["duplicate"] = args.Duplicate,
            ["into"] = args.Into, ["move"] = args.Move, ["deadline"] = Day(args.Deadline), ["reason"] = args.Reason, ["newDate"] = Day(args.NewDate),
            ["numbers"] = args.QuestionNumbers is { } n ? string.Join(", ", n) : null, ["answerId"] = args.AnswerId,
            ["basedOnVersion"] = args.BasedOnVersion?.ToString(CultureInfo.InvariantCulture), ["remark"] = args.Remark,
        };
        return fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!);
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
