using System.Globalization;

namespace ParlQA.Rounds.Domain;

/// <summary>
/// Every refusal of the round, in one place (as the readers keep their diagnostics), so tests can assert the exact
/// text. Each has a stable <see cref="RoundRefusal.Code"/> and its arguments, from which the web app says it in the
/// reader's language; an argument such as "State_Open" or "Role_Member" names a term the web app translates too.
/// </summary>
public static class RoundMessages
{
    public const int MaxQuestionLength = 5_000;
    public const int MaxAnswerLength = 20_000;
    public const int MaxFootnotes = 50;
    public const int MaxNoteLength = 2_000;

    public static RoundRefusal SignInFirst(RoundAction action) =>
        Refusal(RefusalKind.Forbidden, "sign-in", $"sign in to {Verb(action)}", "Verb_" + action);

    public static RoundRefusal NotYourRole(Role role, RoundAction action) =>
        Refusal(RefusalKind.Forbidden, "not-your-role", $"a {RoleName(role)} may not {Verb(action)} here", "Role_" + role, "Verb_" + action);

    public static RoundRefusal WrongState(RoundAction action, RoundState state, IReadOnlyList<RoundState> allowed) =>
        Refusal(RefusalKind.WrongState, "wrong-state",
            $"cannot {Verb(action)}: the round is {Name(state)} (possible when {string.Join(" or ", allowed.Select(Name))})",
            "Verb_" + action, "State_" + state, string.Join('|', allowed.Select(s => "State_" + s)));

    public static RoundRefusal RoundNeedsLetter() =>
        Invalid("round-needs-letter", "a round needs the letter asked about, the minister(s) addressed and the answering ministry");

    public static RoundRefusal AnswerDays() => Invalid("answer-days", "answer days must be between 1 and 365");

    public static RoundRefusal DeadlineInThePast(DateOnly deadline) =>
        Invalid("deadline-in-the-past", $"the question deadline {Date(deadline)} is in the past", Date(deadline));

    public static RoundRefusal DeadlinePassed(DateOnly deadline) =>
        Refusal(RefusalKind.WrongState, "deadline-passed", $"the deadline for questions ({Date(deadline)}) has passed", Date(deadline));

    public static RoundRefusal QuestionNeedsText() => Invalid("question-needs-text", "a question needs its text");

    public static RoundRefusal QuestionTooLong() =>
        Invalid("question-too-long", $"a question is at most {Count(MaxQuestionLength)} characters", N(MaxQuestionLength));

    public static RoundRefusal SourcesAreWebAddresses() => Invalid("sources-web", "sources are web addresses (http or https)");

    public static RoundRefusal OnlyOwnQuestions() => Refusal(RefusalKind.Forbidden, "own-questions", "members may change only their own questions");

    public static RoundRefusal NoSuchQuestion(string id) =>
        Refusal(RefusalKind.NotFound, "no-such-question", $"no question '{id}' stands in this round", id);

    public static RoundRefusal MergeIntoItself() => Invalid("merge-itself", "a question cannot be merged into itself");

    public static RoundRefusal NothingToClose() =>
        Invalid("nothing-to-close", "there are no questions: a round is closed with at least one (extend the deadline if need be)");

    public static RoundRefusal OrderIncomplete() => Invalid("order-incomplete", "the order must name every standing question once");

    public static RoundRefusal NothingToSend() => Invalid("nothing-to-send", "there are no questions to send");

    public static RoundRefusal DelayNeedsReason() => Invalid("delay-reason", "a delay notice needs its reason");

    public static RoundRefusal DelayDate(DateOnly due) =>
        Invalid("delay-date", $"the new date must be after the current due date ({Date(due)})", Date(due));

    public static RoundRefusal AnswerOutsideList(int count) =>
        Invalid("answer-outside-list", $"answers go to questions of the list (1–{N(count)})", N(count));

    public static RoundRefusal ReferenceOutsideList() => Invalid("reference-outside-list", "a reference must name another question of the list");

    public static RoundRefusal AnswerNeedsText() => Invalid("answer-needs-text", "an answer needs its text");

    public static RoundRefusal AnswerTooLong() =>
        Invalid("answer-too-long", $"an answer is at most {Count(MaxAnswerLength)} characters", N(MaxAnswerLength));

    public static RoundRefusal TooManyFootnotes() =>
        Invalid("footnotes-too-long", $"an answer has at most {Count(MaxFootnotes)} footnotes of at most {Count(MaxNoteLength)} characters each",
            N(MaxFootnotes), N(MaxNoteLength));

    public static RoundRefusal UnknownFootnoteMarker(int marker, int footnotes) =>
        Invalid("footnote-marker", $"the answer marks footnote [{N(marker)}] but has {N(footnotes)} footnote(s)", N(marker), N(footnotes));

    public static RoundRefusal AlreadyAnswered(int number) =>
        Invalid("already-answered", $"question {N(number)} already has an answer", N(number));

    public static RoundRefusal NoSuchAnswer(string id) =>
        Refusal(RefusalKind.NotFound, "no-such-answer", $"no answer '{id}' in this round", id);

    public static RoundRefusal VersionRequired(string label) =>
        Invalid("version-required", $"say which version of the answer to {label} you read (basedOnVersion)", label);

    public static RoundRefusal ChangedMeanwhile(string label, int current) =>
        Refusal(RefusalKind.Conflict, "changed-meanwhile", $"the answer to {label} was changed meanwhile (now version {N(current)}); reload it and try again",
            label, N(current));

    public static RoundRefusal RemarkRequired() =>
        Invalid("remark-required", $"sending an answer back needs a remark (at most {Count(MaxNoteLength)} characters)", N(MaxNoteLength));

    public static RoundRefusal Unanswered(IEnumerable<int> numbers)
    {
        var list = string.Join(", ", numbers.Select(N));
        return Invalid("unanswered", $"questions without an answer: {list}", list);
    }

    public static RoundRefusal NotApproved(string label) =>
        Invalid("not-approved", $"the answer to {label} is not approved yet", label);

    public static RoundRefusal Inconsistent(string problem) =>
        Refusal(RefusalKind.Inconsistent, "inconsistent", $"the round would be inconsistent: {problem}; nothing was changed", problem);

    public static RoundRefusal NoSuchRound(string id) => Refusal(RefusalKind.NotFound, "no-such-round", $"no round '{id}'", id);

    public static RoundRefusal NotPublished() => Refusal(RefusalKind.WrongState, "not-published", "the round is not published yet");

    /// <summary>A form's question numbers ("2, 3" or "2–5") had something else in them.</summary>
    public static RoundRefusal NotAQuestionNumber(string text) => Invalid("not-a-number", $"'{text}' is not a question number", text);

    public static RoundRefusal UnknownStep(string step) => Invalid("unknown-step", $"there is no step '{step}'", step);

    /// <summary>The round's own words for a state, as the English messages use them.</summary>
    public static string Name(RoundState state) => state.ToString().ToLowerInvariant();

    private static string RoleName(Role role) => role switch
    {
        Role.Clerk => "clerk",
        Role.Member => "member",
        Role.Officer => "ministry officer",
        Role.Approver => "ministry approver",
        Role.Archivist => "archivist",
        _ => "administrator",
    };

    private static string Verb(RoundAction action) => action switch
    {
        RoundAction.View => "see the round",
        RoundAction.Create => "create a round",
        RoundAction.Open => "open the round",
        RoundAction.SetDeadline => "change the question deadline",
        RoundAction.Submit => "submit questions",
        RoundAction.EditOwnQuestion => "edit questions",
        RoundAction.Withdraw => "withdraw questions",
        RoundAction.Close => "close the round",
        RoundAction.Merge => "merge questions",
        RoundAction.Reorder => "order the list",
        RoundAction.Send => "send the list",
        RoundAction.Postpone => "file a delay notice",
        RoundAction.DraftAnswer => "draft answers",
        RoundAction.ApproveAnswer => "approve answers",
        RoundAction.ReturnAnswer => "send answers back",
        RoundAction.SendAnswers => "send the answers",
        _ => "publish",
    };

    private static RoundRefusal Invalid(string code, string message, params string[] args) => Refusal(RefusalKind.Invalid, code, message, args);

    private static RoundRefusal Refusal(RefusalKind kind, string code, string message, params string[] args) =>
        new(kind, message) { Code = code, Args = args };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
