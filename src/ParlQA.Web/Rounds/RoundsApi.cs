using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Publishing;
using ParlQA.Rounds.Storage;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Rounds;

/// <summary>
/// <c>/api/v1/rounds</c>: the question round through the API — a few queries, and every step of <see cref="RoundSteps"/>
/// mapped from the one table the pages use too. Every step goes through the domain's policy, so a refusal is the same
/// whatever calls it: 403 for the wrong role, 409 for the wrong state, a stale version (with currentVersion) or an
/// inconsistent result, 400 for bad input — as problem+json with the refusal's code. Answers are the API's own shapes.
/// </summary>
public static class RoundsApi
{
    public static RouteGroupBuilder MapRoundsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var rounds = api.MapGroup("/rounds").WithTags("Rounds");
        rounds.MapGet("/", (HttpContext http, RoundStore store) =>
            store.All().Where(r => RoundPolicy.MaySee(Who(http), r)).Select(r => r.AsRoundSummary()).ToList())
            .WithSummary("The rounds you may see (the public: published ones), newest first");
        rounds.MapGet("/overdue", (HttpContext http, RoundStore store, TimeProvider clock) =>
            store.All().Where(r => r.State is RoundState.Sent or RoundState.Postponed && r.DueOn < Today(clock) && RoundPolicy.MaySee(Who(http), r))
                .Select(r => r.AsRoundSummary()).ToList())
            .WithSummary("Sent rounds past their due date (or past the new date of their delay notice) without answers");
        rounds.MapPost("/", (HttpContext http, RoundStore store, NewRound body, TimeProvider clock) => Act(() =>
        {
            var user = Who(http) ?? throw new RoundException(RoundMessages.SignInFirst(RoundAction.Create));
            var round = store.Add(id => RoundProcedure.Create(id, body, user, clock.GetUtcNow()));
            return TypedResults.Created($"/api/v1/rounds/{round.Id}", Shown(round, user));
        })).WithSummary("Open a draft round (clerk)");
        rounds.MapGet("/{id}", (string id, HttpContext http, RoundStore store) => Act(() => TypedResults.Ok(Visible(store, id, Who(http)).AsRoundResponse(Who(http)))))
            .WithSummary("One round, as you may see it, with the steps you may take now");
        rounds.MapGet("/{id}/duplicates", (string id, HttpContext http, RoundStore store) => Act(() =>
            TypedResults.Ok(Duplicates.Suggest(Visible(store, id, Who(http))))))
            .WithSummary("Questions that look like duplicates, for the clerk to merge");
        rounds.MapGet("/{id}/similar/{number:int}", (string id, int number, HttpContext http, RoundStore store, ArchiveService archive) => Act(() =>
        {
            var round = Visible(store, id, Who(http));
            var question = round.Standing.FirstOrDefault(q => q.Number == number)
                ?? throw new RoundException(RoundMessages.NoSuchQuestion(number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return TypedResults.Ok(archive.Similar(question.Text, 5).Select(Api.ApiShapes.AsHitResponse).ToList());
        })).WithSummary("What the government answered before to questions like this one (for drafting)");
        foreach (var step in RoundSteps.All)
            MapStep(rounds, step);
        rounds.MapGet("/{id}/publication.pdf", (string id, HttpContext http, RoundStore store) => Act(() =>
        {
            var round = Visible(store, id, Who(http));
            if (round.State != RoundState.Published)
                throw new RoundException(RoundMessages.NotPublished());
            return TypedResults.File(RoundPdf.Write(round), "application/pdf", $"{RoundDocument.IdOf(round)}.pdf");
        })).WithSummary("The published list as PDF, in the Kamer's layout");
        return api;
    }

    /// <summary>One step of the table: its JSON body (if any) and the ids in its route become the step's input.</summary>
    private static void MapStep(RouteGroupBuilder rounds, RoundStep step) =>
        rounds.MapMethods("/{id}" + step.Route, [step.Method], async (string id, HttpContext http, RoundStepRunner runner) =>
        {
            StepInput input;
            try
            {
                input = http.Request.ContentLength is 0 || !http.Request.HasJsonContentType()
                    ? new StepInput()
                    : await http.Request.ReadFromJsonAsync<StepInput>(http.RequestAborted).ConfigureAwait(false) ?? new StepInput();
            }
            catch (JsonException e)
            {
                return TypedResults.Problem(detail: "the body is not the JSON this step takes: " + e.Message, statusCode: StatusCodes.Status400BadRequest);
            }
            input = input with
            {
                QuestionId = http.GetRouteValue("questionId") as string ?? input.QuestionId,
                AnswerId = http.GetRouteValue("answerId") as string ?? input.AnswerId,
            };
            return Act(() => TypedResults.Ok(Shown(runner.Run(id, step, Who(http), input), Who(http))));
        })
        .WithName("round-" + step.Name)
        .WithSummary(step.Summary)
        .Accepts<StepInput>(true, "application/json")
        .Produces<RoundResponse>()
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>The domain's refusals as problem+json with the refusal's code; a stale version carries currentVersion.</summary>
    private static IResult Act(Func<IResult> work)
    {
        try
        {
            return work();
        }
        catch (RoundException e)
        {
            var extensions = new Dictionary<string, object?> { ["code"] = e.Refusal.Code };
            if (e.CurrentVersion is { } version)
                extensions["currentVersion"] = version;
            return TypedResults.Problem(detail: e.Message, statusCode: RoundText.StatusOf(e.Refusal), extensions: extensions);
        }
    }

    private static User? Who(HttpContext http) => SignedInUser.Of(http);

    private static RoundResponse Shown(Round round, User? user) => (RoundView.For(user, round) ?? throw new RoundException(RoundMessages.SignInFirst(RoundAction.View))).AsRoundResponse(user);

    private static Round Visible(RoundStore store, string id, User? user)
    {
        var round = store.Find(id) ?? throw new RoundException(RoundMessages.NoSuchRound(id));
        return RoundView.For(user, round) ?? throw new RoundException(RoundPolicy.Check(user, RoundAction.View, round)!);
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
