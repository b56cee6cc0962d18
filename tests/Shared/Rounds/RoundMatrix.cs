using ParlQA.Rounds.Domain;

namespace ParlQA.Tests.Rounds;

/// <summary>What a step is given in the matrix tests: the API sends it as JSON, a page as its form's fields.</summary>
internal sealed record StepArgs
{
    public string? Text { get; init; }

    public string? QuestionId { get; init; }

    public string? Duplicate { get; init; }

    public string? Into { get; init; }

    public IReadOnlyList<string>? Order { get; init; }

    /// <summary>How a page reorders: one question a place "up" or "down".</summary>
    public string? Move { get; init; }

    public DateOnly? Deadline { get; init; }

    public string? Reason { get; init; }

    public DateOnly? NewDate { get; init; }

    public IReadOnlyList<int>? QuestionNumbers { get; init; }

    public string? AnswerId { get; init; }

    public int? BasedOnVersion { get; init; }

    public string? Remark { get; init; }
}

/// <summary>
/// A row of the permission matrix: a step, the states it can be taken in, who may take it there (person ids), what
/// it is given (by round and person: members act on their own questions), and how the round must be arranged first
/// where the state alone does not make the step possible (sending answers needs every answer drafted and approved).
/// </summary>
internal sealed record PermissionRow(string Step, RoundAction Action, RoundState[] States, string[] Who, Func<Round, string, StepArgs> Args, Func<Round, Round>? Arrange = null);

/// <summary>What a cell of the matrix expects.</summary>
internal enum Outcome
{
    Allowed,

    /// <summary>403: not this person's step (or no part in the round).</summary>
    Forbidden,

    /// <summary>409: their step, but not in this state.</summary>
    WrongState,
}

/// <summary>
/// The permission matrix of the question round as one table — role × action × round state, with the public and
/// outsiders (a member of another committee, an officer of another ministry, an archivist, the administrator) —
/// written out apart from the policy it checks. The domain tests check the policy with it, the web tests every cell
/// over the API and over the pages.
/// </summary>
internal static class RoundMatrix
{
    public const string Committee = "vaste commissie voor Buitenlandse Zaken", Ministry = "Buitenlandse Zaken", Public = "public";

    public static readonly User[] People =
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
        new("archivist", "Archivaris", Role.Archivist),
    ];

    /// <summary>Every person of the matrix and the public.</summary>
    public static IEnumerable<string> Everyone => People.Select(p => p.Id).Append(Public);

    public static readonly RoundState[] States = Enum.GetValues<RoundState>();

    private static readonly RoundState[] Answering = [RoundState.Sent, RoundState.Postponed];

    public static readonly PermissionRow[] Rows =
    [
        new("open", RoundAction.Open, [RoundState.Draft], ["clerk"], (_, _) => new StepArgs()),
        new("deadline", RoundAction.SetDeadline, [RoundState.Draft, RoundState.Open], ["clerk"], (_, _) => new StepArgs { Deadline = Today.AddDays(30) }),
        new("submit", RoundAction.Submit, [RoundState.Open], ["member", "member-2"], (_, _) => new StepArgs { Text = "Nog een vraag?" }),
        new("edit-question", RoundAction.EditOwnQuestion, [RoundState.Open], ["member", "member-2"], (_, p) => new StepArgs { QuestionId = OwnQuestion(p), Text = "Betere vraag?" }),
        new("withdraw", RoundAction.Withdraw, [RoundState.Open], ["member", "member-2"], (_, p) => new StepArgs { QuestionId = OwnQuestion(p) }),
        new("close", RoundAction.Close, [RoundState.Open], ["clerk"], (_, _) => new StepArgs()),
        new("merge", RoundAction.Merge, [RoundState.Closed], ["clerk"], (_, _) => new StepArgs { Duplicate = "s3", Into = "s1" }),
        new("reorder", RoundAction.Reorder, [RoundState.Closed], ["clerk"], (_, _) => new StepArgs { Order = ["s2", "s1", "s3"], QuestionId = "s2", Move = "up" }),
        new("send", RoundAction.Send, [RoundState.Closed], ["clerk"], (_, _) => new StepArgs()),
        new("postpone", RoundAction.Postpone, Answering, ["officer", "officer-2", "approver"],
            (r, _) => new StepArgs { Reason = "advies van de ambassade nodig", NewDate = (r.DueOn ?? Today).AddDays(14) }),
        new("answer", RoundAction.DraftAnswer, Answering, ["officer", "officer-2"], (_, _) => new StepArgs { QuestionNumbers = [1], Text = "Antwoord op een." }),
        new("edit-answer", RoundAction.DraftAnswer, Answering, ["officer", "officer-2"],
            (_, _) => new StepArgs { AnswerId = "d1", BasedOnVersion = 1, QuestionNumbers = [2], Text = "Beter antwoord op twee." }),
        new("approve", RoundAction.ApproveAnswer, Answering, ["approver"], (_, _) => new StepArgs { AnswerId = "d1", BasedOnVersion = 1 }),
        new("send-back", RoundAction.ReturnAnswer, Answering, ["approver"], (_, _) => new StepArgs { AnswerId = "d1", BasedOnVersion = 1, Remark = "Graag de cijfers." }),
        new("send-answers", RoundAction.SendAnswers, Answering, ["approver"], (_, _) => new StepArgs(), AllAnsweredAndApproved),
        new("publish", RoundAction.Publish, [RoundState.Answered], ["clerk"], (_, _) => new StepArgs()),
    ];

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static User? Person(string id) => People.FirstOrDefault(p => p.Id == id);

    /// <summary>Whether a person has a part in the round in this state: the committee always, the ministry once the list was sent.</summary>
    public static bool HasPart(string person, RoundState state) => person switch
    {
        "clerk" or "member" or "member-2" => true,
        "officer" or "officer-2" or "approver" => state is RoundState.Sent or RoundState.Postponed or RoundState.Answered or RoundState.Published,
        _ => false,
    };

    public static Outcome Expected(PermissionRow row, string person, RoundState state)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!row.Who.Contains(person) || !HasPart(person, state))
            return Outcome.Forbidden;
        return row.States.Contains(state) ? Outcome.Allowed : Outcome.WrongState;
    }

    /// <summary>The round as the row needs it in this state.</summary>
    public static Round Arranged(PermissionRow row, RoundState state, string id)
    {
        ArgumentNullException.ThrowIfNull(row);
        var round = InState(state, id);
        return row.Arrange is { } arrange && row.States.Contains(state) ? arrange(round) : round;
    }

    /// <summary>
    /// A round in the given state in which every step of that state can be taken: questions s1 and s3 of "member" and
    /// s2 of "member-2"; once sent, question 1 unanswered, answer d1 to question 2 (not approved) and d2 to question 3 (approved).
    /// With <paramref name="withdrawn"/>, member-2 also submitted a fourth question with that text and withdrew it.
    /// </summary>
    public static Round InState(RoundState state, string id = "r1", string? withdrawn = null)
    {
        var now = DateTimeOffset.UtcNow;
        User clerk = Person("clerk")!, officer = Person("officer")!, approver = Person("approver")!;
        var round = RoundProcedure.Create(id, new NewRound(Committee, "de brief over de matrix", null, null, ["Minister van Buitenlandse Zaken"], Ministry, Today.AddDays(14)), clerk, now);
        if (state == RoundState.Draft)
            return round;
        round = RoundProcedure.Open(round, clerk, now);
        round = RoundProcedure.Submit(round, Person("member")!, "Eerste vraag?", [], now);
        round = RoundProcedure.Submit(round, Person("member-2")!, "Tweede vraag?", [], now);
        round = RoundProcedure.Submit(round, Person("member")!, "Derde vraag?", [], now);
        if (withdrawn is not null)
            round = RoundProcedure.Withdraw(RoundProcedure.Submit(round, Person("member-2")!, withdrawn, [], now), Person("member-2")!, "s4", now);
        if (state == RoundState.Open)
            return round;
        round = RoundProcedure.Close(round, clerk, now);
        if (state == RoundState.Closed)
            return round;
        round = RoundProcedure.Send(round, clerk, null, now);
        round = RoundProcedure.DraftAnswer(round, officer, null, null, [2], "Antwoord op twee.", null, [], now);
        round = RoundProcedure.DraftAnswer(round, officer, null, null, [3], "Antwoord op drie.", null, [], now);
        round = RoundProcedure.Approve(round, approver, "d2", 1, now);
        if (state == RoundState.Sent)
            return round;
        if (state == RoundState.Postponed)
            return RoundProcedure.Postpone(round, officer, "advies nodig", round.DueOn!.Value.AddDays(7), now);
        round = RoundProcedure.SendAnswers(AllAnsweredAndApproved(round), approver, now);
        return state == RoundState.Answered ? round : RoundProcedure.Publish(round, clerk, "pq-" + id, now);
    }

    private static string OwnQuestion(string person) => person == "member-2" ? "s2" : "s1";

    private static Round AllAnsweredAndApproved(Round round)
    {
        var now = DateTimeOffset.UtcNow;
        if (round.AnswerTo(1) is null)
            round = RoundProcedure.DraftAnswer(round, Person("officer")!, null, null, [1], "Antwoord op een.", null, [], now);
        foreach (var answer in round.Answers.Where(a => !a.Approved).ToList())
            round = RoundProcedure.Approve(round, Person("approver")!, answer.Id, answer.Version, now);
        return round;
    }
}
