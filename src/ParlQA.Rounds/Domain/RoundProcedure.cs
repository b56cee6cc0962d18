using System.Globalization;

namespace ParlQA.Rounds.Domain;

/// <summary>What the clerk fills in to open a round.</summary>
public sealed record NewRound(
    string Committee, string LetterTitle, DateOnly? LetterDate, string? LetterCitation, IReadOnlyList<string> Ministers, string Ministry,
    DateOnly? QuestionDeadline, int AnswerDays = 21, string? Chair = null);

/// <summary>
/// The procedure's steps as functions from a round to the next round. Each checks <see cref="RoundPolicy"/>
/// first, records who did what in the round's history and checks <see cref="RoundInvariants"/> of its result; a
/// refused step throws <see cref="RoundException"/>. The committee's steps are here, the ministry's in
/// RoundProcedure.Answers.cs.
/// </summary>
public static partial class RoundProcedure
{
    public static Round Create(string id, NewRound spec, User clerk, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(clerk);
        var round = new Round
        {
            Id = id, Committee = spec.Committee, LetterTitle = spec.LetterTitle, LetterDate = spec.LetterDate, LetterCitation = spec.LetterCitation,
            Ministers = spec.Ministers ?? [], Ministry = spec.Ministry, QuestionDeadline = spec.QuestionDeadline, AnswerDays = spec.AnswerDays,
            Chair = spec.Chair, ClerkName = clerk.Name,
        };
        Require(clerk, RoundAction.Create, round);
        if (string.IsNullOrWhiteSpace(spec.LetterTitle) || round.Ministers.Count == 0 || round.Ministers.Any(string.IsNullOrWhiteSpace) || string.IsNullOrWhiteSpace(spec.Ministry))
            throw Refused(RoundMessages.RoundNeedsLetter());
        if (spec.AnswerDays is < 1 or > 365)
            throw Refused(RoundMessages.AnswerDays());
        if (spec.QuestionDeadline is { } deadline && deadline < Today(now))
            throw Refused(RoundMessages.DeadlineInThePast(deadline));
        return round with { History = [new AuditEntry(now, clerk.Id, "create", $"round on {spec.LetterTitle}")] };
    }

    public static Round Open(Round round, User user, DateTimeOffset now) =>
        Step(round, user, RoundAction.Open, now, "open", "", r => r with { State = RoundState.Open });

    /// <summary>The clerk sets, moves or removes the deadline for questions (not to a day already past).</summary>
    public static Round SetDeadline(Round round, User clerk, DateOnly? deadline, DateTimeOffset now)
    {
        if (deadline is { } d && d < Today(now))
            throw Refused(RoundMessages.DeadlineInThePast(d));
        return Step(round, clerk, RoundAction.SetDeadline, now, "deadline", deadline is { } day ? Day(day) : "none", r => r with { QuestionDeadline = deadline });
    }

    /// <summary>A member's question gets the next submission id ("s7"): unique, in order, without gaps. Not after the deadline.</summary>
    public static Round Submit(Round round, User member, string text, IReadOnlyList<string> sources, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        Require(member, RoundAction.Submit, round);
        var question = ValidQuestion(text, sources);
        BeforeDeadline(round, now);
        var id = "s" + (round.Questions.Count + 1).ToString(CultureInfo.InvariantCulture);
        return Step(round, member, RoundAction.Submit, now, "submit", id, r => r with
        {
            Questions = [.. r.Questions, new RoundQuestion(id, member.Id, member.Name, member.Party, question) { Sources = sources }],
        });
    }

    public static Round EditQuestion(Round round, User member, string questionId, string text, IReadOnlyList<string> sources, DateTimeOffset now)
    {
        Require(member, RoundAction.EditOwnQuestion, round);
        var question = ValidQuestion(text, sources);
        OwnQuestion(round, member, questionId);
        BeforeDeadline(round, now);
        return Step(round, member, RoundAction.EditOwnQuestion, now, "edit question", questionId, r => r with
        {
            Questions = r.Questions.Select(q => q.Id == questionId ? q with { Text = question, Sources = sources } : q).ToList(),
        });
    }

    /// <summary>A member withdraws a question of their own (also after the deadline, until the round is closed).</summary>
    public static Round Withdraw(Round round, User member, string questionId, DateTimeOffset now)
    {
        Require(member, RoundAction.Withdraw, round);
        OwnQuestion(round, member, questionId);
        return Step(round, member, RoundAction.Withdraw, now, "withdraw", questionId, r => r with
        {
            Questions = r.Questions.Select(q => q.Id == questionId ? q with { Withdrawn = true } : q).ToList(),
        });
    }

    /// <summary>Closes the round for questions; a round without any standing question stays open (there would be nothing to send).</summary>
    public static Round Close(Round round, User clerk, DateTimeOffset now)
    {
        Require(clerk, RoundAction.Close, round);
        if (!round.Standing.Any())
            throw Refused(RoundMessages.NothingToClose());
        return Step(round, clerk, RoundAction.Close, now, "close", $"{round.Standing.Count()} questions", r => r with { State = RoundState.Closed });
    }

    /// <summary>Merges a duplicate into the question that stays; the duplicate's sources go with it.</summary>
    public static Round Merge(Round round, User clerk, string duplicateId, string intoId, DateTimeOffset now)
    {
        Require(clerk, RoundAction.Merge, round);
        var duplicate = Standing(round, duplicateId);
        var into = Standing(round, intoId);
        if (duplicate.Id == into.Id)
            throw Refused(RoundMessages.MergeIntoItself());
        return Step(round, clerk, RoundAction.Merge, now, "merge", $"{duplicateId} into {intoId}", r => r with
        {
            Questions = r.Questions.Select(q =>
                q.Id == duplicateId ? q with { MergedInto = intoId }
                : q.Id == intoId ? q with { Sources = [.. q.Sources, .. duplicate.Sources.Where(s => !q.Sources.Contains(s))] }
                : q).ToList(),
            ListOrder = r.ListOrder.Where(id => id != duplicateId).ToList(),
        });
    }

    /// <summary>The clerk puts the standing questions in the order the list will have (the numbers they will get).</summary>
    public static Round Reorder(Round round, User clerk, IReadOnlyList<string> order, DateTimeOffset now)
    {
        Require(clerk, RoundAction.Reorder, round);
        var ordered = Complete(round, order);
        return Step(round, clerk, RoundAction.Reorder, now, "reorder", string.Join(", ", ordered.Select(q => q.Id)), r => r with
        {
            ListOrder = ordered.Select(q => q.Id).ToList(),
        });
    }

    /// <summary>Numbers the standing questions (in <paramref name="order"/>, else in the list's order), freezes the list and sends it.</summary>
    public static Round Send(Round round, User clerk, IReadOnlyList<string>? order, DateTimeOffset now)
    {
        Require(clerk, RoundAction.Send, round);
        var ordered = order is null ? round.InListOrder() : Complete(round, order);
        if (ordered.Count == 0)
            throw Refused(RoundMessages.NothingToSend());
        var numbers = ordered.Select((q, i) => (q.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number);
        var today = Today(now);
        return Step(round, clerk, RoundAction.Send, now, "send", $"{ordered.Count} questions, due {Day(today.AddDays(round.AnswerDays))}", r => r with
        {
            State = RoundState.Sent,
            SentOn = today,
            DueOn = today.AddDays(r.AnswerDays),
            ListOrder = [],
            Questions = r.Questions.Select(q => numbers.TryGetValue(q.Id, out var n) ? q with { Number = n } : q).ToList(),
        });
    }

    public static Round Publish(Round round, User clerk, string documentId, DateTimeOffset now) =>
        Step(round, clerk, RoundAction.Publish, now, "publish", documentId, r => r with { State = RoundState.Published, DocumentId = documentId });

    /// <summary>"22–25", "3, 5".</summary>
    public static string Label(IReadOnlyList<int> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        bool run = numbers.Count > 1 && numbers.Zip(numbers.Skip(1)).All(p => p.Second == p.First + 1);
        return run ? $"{numbers[0]}–{numbers[^1]}" : string.Join(", ", numbers);
    }

    /// <summary>Checks the policy, applies the change, records it, and refuses a result that breaks an invariant.</summary>
    private static Round Step(Round round, User user, RoundAction action, DateTimeOffset now, string what, string detail, Func<Round, Round> change)
    {
        ArgumentNullException.ThrowIfNull(round);
        Require(user, action, round);
        var next = change(round);
        if (RoundInvariants.Problems(next) is [var problem, ..])
            throw Refused(RoundMessages.Inconsistent(problem));
        return next with { Version = round.Version + 1, History = [.. round.History, new AuditEntry(now, user.Id, what, detail)] };
    }

    private static void Require(User? user, RoundAction action, Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (RoundPolicy.Check(user, action, round) is { } refusal)
            throw new RoundException(refusal);
    }

    private static void BeforeDeadline(Round round, DateTimeOffset now)
    {
        if (round.QuestionDeadline is { } deadline && Today(now) > deadline)
            throw Refused(RoundMessages.DeadlinePassed(deadline));
    }

    private static void OwnQuestion(Round round, User member, string questionId)
    {
        var question = Standing(round, questionId);
        if (question.MemberId != member.Id)
            throw Refused(RoundMessages.OnlyOwnQuestions());
    }

    private static RoundQuestion Standing(Round round, string questionId) =>
        round.Standing.FirstOrDefault(q => q.Id == questionId) ?? throw Refused(RoundMessages.NoSuchQuestion(questionId));

    /// <summary>The standing questions in the given order, which must name each of them once.</summary>
    private static List<RoundQuestion> Complete(Round round, IReadOnlyList<string> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var standing = round.Standing.ToList();
        var ordered = order.Select(id => standing.Find(q => q.Id == id) ?? throw Refused(RoundMessages.NoSuchQuestion(id))).ToList();
        if (ordered.Count != standing.Count || ordered.Distinct().Count() != standing.Count)
            throw Refused(RoundMessages.OrderIncomplete());
        return ordered;
    }

    private static string ValidQuestion(string text, IReadOnlyList<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (string.IsNullOrWhiteSpace(text))
            throw Refused(RoundMessages.QuestionNeedsText());
        if (text.Length > RoundMessages.MaxQuestionLength)
            throw Refused(RoundMessages.QuestionTooLong());
        if (sources.Any(s => !Uri.TryCreate(s, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            throw Refused(RoundMessages.SourcesAreWebAddresses());
        return text.Trim();
    }

    private static RoundException Refused(RoundRefusal refusal, int? currentVersion = null) => new(refusal, currentVersion);

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
