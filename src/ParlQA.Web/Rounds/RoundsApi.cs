using Microsoft.AspNetCore.Http.HttpResults;
using ParlQA.Archive;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Publishing;
using ParlQA.Rounds.Storage;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Rounds;

/// <summary>
/// <c>/api/v1/rounds</c>: the question round through the API. Every step goes through the domain's policy, so a
/// refusal is the same whatever calls it: 403 for the wrong role, 409 for the wrong state or a stale edit (with
/// the current version), 400 for bad input — all as problem+json.
/// </summary>
public static class RoundsApi
{
    public sealed record QuestionBody(string Text, IReadOnlyList<string>? Sources);

    public sealed record MergeBody(string Duplicate, string Into);

    public sealed record SendBody(IReadOnlyList<string>? Order);

    public sealed record PostponeBody(string Reason, DateOnly NewDate);

    public sealed record ApproveBody(int? BasedOnVersion);

    public sealed record AnswerBody(IReadOnlyList<int> QuestionNumbers, string? Text, int? ReferenceTo, IReadOnlyList<string>? Footnotes, int? BasedOnVersion);

    public static RouteGroupBuilder MapRoundsApi(this RouteGroupBuilder api)
    {
        var rounds = api.MapGroup("/rounds").WithTags("Rounds");
        rounds.MapGet("/", (HttpContext http, RoundStore store) =>
            store.All().Select(r => RoundView.For(Who(http), r)).OfType<Round>().ToList()).WithSummary("The rounds you may see (the public: published ones)");
        rounds.MapGet("/overdue", (HttpContext http, RoundStore store, TimeProvider clock) =>
            store.All().Where(r => r.State is RoundState.Sent or RoundState.Postponed && r.DueOn < Today(clock)).Select(r => RoundView.For(Who(http), r)).OfType<Round>().ToList())
            .WithSummary("Sent rounds past their due date (or past the new date of their delay notice) without answers");
        rounds.MapPost("/", (HttpContext http, RoundStore store, NewRound body, TimeProvider clock) => Act(() =>
        {
            var round = store.Add(id => RoundProcedure.Create(id, body, Who(http) ?? throw SignIn(), clock.GetUtcNow()));
            return TypedResults.Created($"/api/v1/rounds/{round.Id}", round);
        })).WithSummary("Open a draft round (clerk)");
        rounds.MapGet("/{id}", (string id, HttpContext http, RoundStore store) => Act(() =>
        {
            var round = store.Find(id) ?? throw NotFound(id);
            return TypedResults.Ok(RoundView.For(Who(http), round) ?? throw new RoundException(RoundPolicy.Check(Who(http), RoundAction.View, round)!));
        })).WithSummary("One round, as you may see it");
        rounds.MapGet("/{id}/duplicates", (string id, HttpContext http, RoundStore store) => Act(() =>
        {
            var round = Visible(store, id, Who(http));
            return TypedResults.Ok(Duplicates.Suggest(round));
        })).WithSummary("Questions that look like duplicates, for the clerk to merge");
        rounds.MapGet("/{id}/similar/{number:int}", (string id, int number, HttpContext http, RoundStore store, ArchiveService archive) => Act(() =>
        {
            var round = Visible(store, id, Who(http));
            var question = round.Standing.FirstOrDefault(q => q.Number == number) ?? throw new RoundException(new RoundRefusal(RefusalKind.NotFound, $"no question {number} in the list"));
            return TypedResults.Ok(archive.Similar(question.Text, 5).Select(Api.ApiShapes.AsHitResponse).ToList());
        })).WithSummary("What the government answered before to questions like this one (for drafting)");

        Step(rounds, "/{id}/open", (r, u, now, _) => RoundProcedure.Open(r, u, now), "Open the round for questions (clerk)");
        rounds.MapPost("/{id}/questions", (string id, QuestionBody body, HttpContext http, RoundStore store, TimeProvider clock) =>
            Change(store, id, http, clock, (r, u, now) => RoundProcedure.Submit(r, u, body.Text ?? "", body.Sources ?? [], now))).WithSummary("Submit a question (member)");
        rounds.MapPut("/{id}/questions/{questionId}", (string id, string questionId, QuestionBody body, HttpContext http, RoundStore store, TimeProvider clock) =>
            Change(store, id, http, clock, (r, u, now) => RoundProcedure.EditQuestion(r, u, questionId, body.Text ?? "", body.Sources ?? [], now))).WithSummary("Edit your question (member)");
        rounds.MapDelete("/{id}/questions/{questionId}", (string id, string questionId, HttpContext http, RoundStore store, TimeProvider clock) =>
            Change(store, id, http, clock, (r, u, now) => RoundProcedure.Withdraw(r, u, questionId, now))).WithSummary("Withdraw your question (member)");
        Step(rounds, "/{id}/close", (r, u, now, _) => RoundProcedure.Close(r, u, now), "Close the round (clerk)");
        rounds.MapPost("/{id}/merge", (string id, MergeBody body, HttpContext http, RoundStore store, TimeProvider clock) =>
            Change(store, id, http, clock, (r, u, now) => RoundProcedure.Merge(r, u, body.Duplicate, body.Into, now))).WithSummary("Merge a duplicate into another question (clerk)");
        rounds.MapPost("/{id}/send", (string id, SendBody? body, HttpContext http, RoundStore store, TimeProvider clock) =>
            Change(store, id, http, clock, (r, u, now) => RoundProcedure.Send(r, u, body?.Order, now))).WithSummary("Number the list and send it to the ministry (clerk)");
        rounds.MapPost("/{id}/postpone", (string id, PostponeBody body, HttpContext http, RoundStore store, TimeProvider clock) =>
            Change(store, id, http, clock, (r, u, now) => RoundProcedure.Postpone(r, u, body.Reason ?? "", body.NewDate, now))).WithSummary("File a delay notice (ministry)");
        rounds.MapPost("/{id}/answers", (string id, AnswerBody body, HttpContext http, RoundStore store, TimeProvider clock) =>
            Change(store, id, http, clock, (r, u, now) => RoundProcedure.DraftAnswer(r, u, null, null, body.QuestionNumbers ?? [], body.Text ?? "", body.ReferenceTo, body.Footnotes ?? [], now)))
            .WithSummary("Draft an answer to one or more questions, or a reference to another answer (officer)");
        rounds.MapPut("/{id}/answers/{answerId}", (string id, string answerId, AnswerBody body, HttpContext http, RoundStore store, TimeProvider clock) =>
            Change(store, id, http, clock, (r, u, now) => RoundProcedure.DraftAnswer(r, u, answerId, body.BasedOnVersion, body.QuestionNumbers ?? [], body.Text ?? "", body.ReferenceTo, body.Footnotes ?? [], now)))
            .WithSummary("Save a new text of an answer; basedOnVersion must be its current version (officer)");
        rounds.MapPost("/{id}/answers/{answerId}/approve", (string id, string answerId, ApproveBody? body, HttpContext http, RoundStore store, TimeProvider clock) =>
            Change(store, id, http, clock, (r, u, now) => RoundProcedure.Approve(r, u, answerId, body?.BasedOnVersion, now)))
            .WithSummary("Approve the version of an answer you read: basedOnVersion must be its current version (approver)");
        Step(rounds, "/{id}/send-answers", (r, u, now, _) => RoundProcedure.SendAnswers(r, u, now), "Send the approved answers (approver)");
        rounds.MapPost("/{id}/publish", (string id, HttpContext http, RoundPublisher publisher) => Act(() =>
        {
            var user = Who(http) ?? throw SignIn();
            return TypedResults.Ok(RoundView.For(user, publisher.Publish(id, user)));
        })).WithSummary("Publish: the document in the official layout goes into the archive (clerk)");
        rounds.MapGet("/{id}/publication.pdf", (string id, HttpContext http, RoundStore store) => Act(() =>
        {
            var round = Visible(store, id, Who(http));
            if (round.State != RoundState.Published)
                throw new RoundException(new RoundRefusal(RefusalKind.WrongState, "the round is not published yet"));
            return TypedResults.File(RoundPdf.Write(round), "application/pdf", $"{RoundDocument.IdOf(round)}.pdf");
        })).WithSummary("The published list as PDF, in the Kamer's layout");
        return api;
    }

    private static void Step(RouteGroupBuilder rounds, string pattern, Func<Round, User, DateTimeOffset, HttpContext, Round> step, string summary) =>
        rounds.MapPost(pattern, (string id, HttpContext http, RoundStore store, TimeProvider clock) =>
            Change(store, id, http, clock, (r, u, now) => step(r, u, now, http))).WithSummary(summary);

    private static IResult Change(RoundStore store, string id, HttpContext http, TimeProvider clock, Func<Round, User, DateTimeOffset, Round> step) => Act(() =>
    {
        var user = Who(http);
        var round = store.Change(id, r => user is null ? throw SignIn() : step(r, user, clock.GetUtcNow()));
        return TypedResults.Ok(RoundView.For(user, round));
    });

    /// <summary>The domain's refusals as problem+json: 403 role, 409 state or stale version, 400 input, 404 unknown.</summary>
    private static IResult Act(Func<IResult> work)
    {
        try
        {
            return work();
        }
        catch (RoundException e)
        {
            var status = RoundPublisher.StatusOf(e);
            var extensions = e.CurrentVersion is { } v ? new Dictionary<string, object?> { ["currentVersion"] = v } : null;
            return TypedResults.Problem(detail: e.Message, statusCode: status, extensions: extensions);
        }
    }

    private static User? Who(HttpContext http) => SignedInUser.Of(http);

    private static Round Visible(RoundStore store, string id, User? user)
    {
        var round = store.Find(id) ?? throw NotFound(id);
        return RoundView.For(user, round) ?? throw new RoundException(RoundPolicy.Check(user, RoundAction.View, round)!);
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static RoundException NotFound(string id) => new(new RoundRefusal(RefusalKind.NotFound, $"no round '{id}'"));

    private static RoundException SignIn() => new(new RoundRefusal(RefusalKind.Forbidden, "sign in (Authorization: Bearer TOKEN) to act in a round"));
}
