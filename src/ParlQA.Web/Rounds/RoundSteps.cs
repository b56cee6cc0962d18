using ParlQA.Rounds.Domain;

namespace ParlQA.Web.Rounds;

/// <summary>What a step may be given: the API's JSON body (with the ids in its route), or a page's form turned into these. Each step reads what it needs.</summary>
public sealed record StepInput
{
    public string? Text { get; init; }

    public IReadOnlyList<string>? Sources { get; init; }

    public string? QuestionId { get; init; }

    public string? Duplicate { get; init; }

    public string? Into { get; init; }

    /// <summary>Submission ids of the standing questions, in the list's order.</summary>
    public IReadOnlyList<string>? Order { get; init; }

    /// <summary>The last day for questions (none: no deadline).</summary>
    public DateOnly? Deadline { get; init; }

    public string? Reason { get; init; }

    public DateOnly? NewDate { get; init; }

    public IReadOnlyList<int>? QuestionNumbers { get; init; }

    public int? ReferenceTo { get; init; }

    public IReadOnlyList<string>? Footnotes { get; init; }

    public string? AnswerId { get; init; }

    /// <summary>The version of the answer the person read (editing, approving, sending back).</summary>
    public int? BasedOnVersion { get; init; }

    public string? Remark { get; init; }
}

/// <summary>
/// A step of the round as both the pages and the API offer it: its name (a page form's <c>step</c>), the action the
/// policy checks, its method and route under <c>/api/v1/rounds/{id}</c>, and what it does; publishing has no
/// <see cref="Apply"/> (it goes through the publisher, which also stores the document).
/// </summary>
public sealed record RoundStep(string Name, RoundAction Action, string Method, string Route, string Summary, Func<Round, User, StepInput, DateTimeOffset, Round>? Apply);

/// <summary>Every step of the round, in the order of the procedure: the one table the API maps and the pages post to.</summary>
public static class RoundSteps
{
    public static IReadOnlyList<RoundStep> All { get; } =
    [
        new("open", RoundAction.Open, "POST", "/open", "Open the round for questions (clerk)",
            (r, u, _, now) => RoundProcedure.Open(r, u, now)),
        new("deadline", RoundAction.SetDeadline, "PUT", "/deadline", "Set, move or remove the deadline for questions: {deadline} (clerk)",
            (r, u, i, now) => RoundProcedure.SetDeadline(r, u, i.Deadline, now)),
        new("submit", RoundAction.Submit, "POST", "/questions", "Submit a question: {text, sources} (member)",
            (r, u, i, now) => RoundProcedure.Submit(r, u, i.Text ?? "", i.Sources ?? [], now)),
        new("edit-question", RoundAction.EditOwnQuestion, "PUT", "/questions/{questionId}", "Edit your question: {text, sources} (member)",
            (r, u, i, now) => RoundProcedure.EditQuestion(r, u, i.QuestionId ?? "", i.Text ?? "", i.Sources ?? [], now)),
        new("withdraw", RoundAction.Withdraw, "DELETE", "/questions/{questionId}", "Withdraw your question (member)",
            (r, u, i, now) => RoundProcedure.Withdraw(r, u, i.QuestionId ?? "", now)),
        new("close", RoundAction.Close, "POST", "/close", "Close the round for questions (clerk)",
            (r, u, _, now) => RoundProcedure.Close(r, u, now)),
        new("merge", RoundAction.Merge, "POST", "/merge", "Merge a duplicate into another question: {duplicate, into} (clerk)",
            (r, u, i, now) => RoundProcedure.Merge(r, u, i.Duplicate ?? "", i.Into ?? "", now)),
        new("reorder", RoundAction.Reorder, "PUT", "/order", "Put the list in order before sending: {order} (clerk)",
            (r, u, i, now) => RoundProcedure.Reorder(r, u, i.Order ?? [], now)),
        new("send", RoundAction.Send, "POST", "/send", "Number the list and send it to the ministry: {order} optional (clerk)",
            (r, u, i, now) => RoundProcedure.Send(r, u, i.Order, now)),
        new("postpone", RoundAction.Postpone, "POST", "/postpone", "File a delay notice: {reason, newDate} (ministry)",
            (r, u, i, now) => RoundProcedure.Postpone(r, u, i.Reason ?? "", i.NewDate ?? default, now)),
        new("answer", RoundAction.DraftAnswer, "POST", "/answers",
            "Draft an answer to one or more questions, or a reference to another answer: {questionNumbers, text, referenceTo, footnotes}; '[1]' in the text marks footnote 1 (officer)",
            (r, u, i, now) => RoundProcedure.DraftAnswer(r, u, null, null, i.QuestionNumbers ?? [], i.Text ?? "", i.ReferenceTo, i.Footnotes ?? [], now)),
        new("edit-answer", RoundAction.DraftAnswer, "PUT", "/answers/{answerId}",
            "Save a new text of an answer: {questionNumbers, text, referenceTo, footnotes, basedOnVersion}; basedOnVersion must be its current version (officer)",
            (r, u, i, now) => RoundProcedure.DraftAnswer(r, u, i.AnswerId ?? "", i.BasedOnVersion, i.QuestionNumbers ?? [], i.Text ?? "", i.ReferenceTo, i.Footnotes ?? [], now)),
        new("approve", RoundAction.ApproveAnswer, "POST", "/answers/{answerId}/approve", "Approve the version of an answer you read: {basedOnVersion} (approver)",
            (r, u, i, now) => RoundProcedure.Approve(r, u, i.AnswerId ?? "", i.BasedOnVersion, now)),
        new("send-back", RoundAction.ReturnAnswer, "POST", "/answers/{answerId}/send-back", "Send an answer back to the officers: {basedOnVersion, remark} (approver)",
            (r, u, i, now) => RoundProcedure.ReturnAnswer(r, u, i.AnswerId ?? "", i.BasedOnVersion, i.Remark ?? "", now)),
        new("send-answers", RoundAction.SendAnswers, "POST", "/send-answers", "Send the approved answers (approver)",
            (r, u, _, now) => RoundProcedure.SendAnswers(r, u, now)),
        new("publish", RoundAction.Publish, "POST", "/publish", "Publish: the list in the official layout goes into the archive (clerk)", null),
    ];

    public static RoundStep? Find(string? name) => All.FirstOrDefault(s => s.Name == name);

    /// <summary>The steps <paramref name="user"/> may take in the round now.</summary>
    public static IEnumerable<RoundStep> Available(User? user, Round round) => All.Where(s => RoundPolicy.Check(user, s.Action, round) is null);
}
