using System.Globalization;

namespace ParlQA.Rounds.Domain;

/// <summary>What the clerk fills in to open a round.</summary>
public sealed record NewRound(
    string Committee, string LetterTitle, DateOnly? LetterDate, string? LetterCitation, IReadOnlyList<string> Ministers, string Ministry,
    DateOnly? QuestionDeadline, int AnswerDays = 21, string? Chair = null);

/// <summary>
/// The procedure's steps as functions from a round to the next round. Each checks <see cref="RoundPolicy"/>
/// first and records who did what in the round's history; a refused step throws <see cref="RoundException"/>.
/// </summary>
public static class RoundProcedure
{
    public static Round Create(string id, NewRound spec, User clerk, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(clerk);
        var round = new Round
        {
            Id = id, Committee = spec.Committee, LetterTitle = spec.LetterTitle, LetterDate = spec.LetterDate, LetterCitation = spec.LetterCitation,
            Ministers = spec.Ministers, Ministry = spec.Ministry, QuestionDeadline = spec.QuestionDeadline, AnswerDays = spec.AnswerDays,
            Chair = spec.Chair, ClerkName = clerk.Name,
        };
        Require(clerk, RoundAction.Create, round);
        if (string.IsNullOrWhiteSpace(spec.LetterTitle) || spec.Ministers.Count == 0 || string.IsNullOrWhiteSpace(spec.Ministry))
            throw Invalid("a round needs the letter asked about, the minister(s) addressed and the answering ministry");
        if (spec.AnswerDays is < 1 or > 365)
            throw Invalid("answer days must be between 1 and 365");
        return round with { History = [new AuditEntry(now, clerk.Id, "create", $"round on {spec.LetterTitle}")] };
    }

    public static Round Open(Round round, User user, DateTimeOffset now) =>
        Step(round, user, RoundAction.Open, now, "open", "", r => r with { State = RoundState.Open });

    /// <summary>A member's question gets the next submission id ("s7"): unique, in order, without gaps.</summary>
    public static Round Submit(Round round, User member, string text, IReadOnlyList<string> sources, DateTimeOffset now)
    {
        var question = Valid(text, sources);
        var id = "s" + (round.Questions.Count + 1).ToString(CultureInfo.InvariantCulture);
        return Step(round, member, RoundAction.Submit, now, "submit", id, r => r with
        {
            Questions = [.. r.Questions, new RoundQuestion(id, member.Id, member.Name, member.Party, question) { Sources = sources }],
        });
    }

    public static Round EditQuestion(Round round, User member, string questionId, string text, IReadOnlyList<string> sources, DateTimeOffset now)
    {
        var question = Valid(text, sources);
        OwnQuestion(round, member, questionId);
        return Step(round, member, RoundAction.EditOwnQuestion, now, "edit question", questionId, r => r with
        {
            Questions = r.Questions.Select(q => q.Id == questionId ? q with { Text = question, Sources = sources } : q).ToList(),
        });
    }

    public static Round Withdraw(Round round, User member, string questionId, DateTimeOffset now)
    {
        OwnQuestion(round, member, questionId);
        return Step(round, member, RoundAction.Withdraw, now, "withdraw", questionId, r => r with
        {
            Questions = r.Questions.Select(q => q.Id == questionId ? q with { Withdrawn = true } : q).ToList(),
        });
    }

    public static Round Close(Round round, User clerk, DateTimeOffset now) =>
        Step(round, clerk, RoundAction.Close, now, "close", $"{round.Standing.Count()} questions", r => r with { State = RoundState.Closed });

    /// <summary>Merges a duplicate into the question that stays; the duplicate's sources go with it.</summary>
    public static Round Merge(Round round, User clerk, string duplicateId, string intoId, DateTimeOffset now)
    {
        var duplicate = Standing(round, duplicateId);
        var into = Standing(round, intoId);
        if (duplicate.Id == into.Id)
            throw Invalid("a question cannot be merged into itself");
        return Step(round, clerk, RoundAction.Merge, now, "merge", $"{duplicateId} into {intoId}", r => r with
        {
            Questions = r.Questions.Select(q =>
                q.Id == duplicateId ? q with { MergedInto = intoId }
                : q.Id == intoId ? q with { Sources = [.. q.Sources, .. duplicate.Sources.Where(s => !q.Sources.Contains(s))] }
                : q).ToList(),
        });
    }

    /// <summary>Numbers the standing questions (in <paramref name="order"/>, else as submitted), freezes the list and sends it.</summary>
    public static Round Send(Round round, User clerk, IReadOnlyList<string>? order, DateTimeOffset now)
    {
        var standing = round.Standing.ToList();
        var ordered = order is null ? standing : order.Select(id => Standing(round, id)).ToList();
        if (ordered.Count != standing.Count || ordered.Distinct().Count() != standing.Count)
            throw Invalid("the order must name every standing question once");
        if (ordered.Count == 0)
            throw Invalid("there are no questions to send");
        var numbers = ordered.Select((q, i) => (q.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return Step(round, clerk, RoundAction.Send, now, "send", $"{ordered.Count} questions, due {today.AddDays(round.AnswerDays):yyyy-MM-dd}", r => r with
        {
            State = RoundState.Sent,
            SentOn = today,
            DueOn = today.AddDays(r.AnswerDays),
            Questions = r.Questions.Select(q => numbers.TryGetValue(q.Id, out var n) ? q with { Number = n } : q).ToList(),
        });
    }

    /// <summary>The ministry's delay notice: the reason and the new date.</summary>
    public static Round Postpone(Round round, User user, string reason, DateOnly newDate, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw Invalid("a delay notice needs its reason");
        if (round.DueOn is { } due && newDate <= due)
            throw Invalid($"the new date must be after the current due date ({due:yyyy-MM-dd})");
        return Step(round, user, RoundAction.Postpone, now, "postpone", $"to {newDate:yyyy-MM-dd}: {reason}", r => r with
        {
            State = RoundState.Postponed, DelayReason = reason.Trim(), DueOn = newDate,
        });
    }

    /// <summary>
    /// Adds an answer (no <paramref name="answerId"/>) or saves a new text of one; a save based on an older
    /// version than the current one is refused, so no officer's edit is lost. An edited answer needs approval again.
    /// </summary>
    public static Round DraftAnswer(Round round, User officer, string? answerId, int? basedOnVersion, IReadOnlyList<int> questionNumbers,
        string text, int? referenceTo, IReadOnlyList<string> footnotes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(questionNumbers);
        Require(officer, RoundAction.DraftAnswer, round);
        var numbered = round.Standing.Where(q => q.Number is not null).Select(q => q.Number!.Value).ToHashSet();
        if (questionNumbers.Count == 0 || questionNumbers.Any(n => !numbered.Contains(n)))
            throw Invalid($"answers go to questions of the list (1–{numbered.Count})");
        if (referenceTo is { } target && (!numbered.Contains(target) || questionNumbers.Contains(target)))
            throw Invalid("a reference must name another question of the list");
        if (string.IsNullOrWhiteSpace(text) && referenceTo is null)
            throw Invalid("an answer needs its text");
        var body = string.IsNullOrWhiteSpace(text) ? $"Zie het antwoord op vraag {referenceTo}." : text.Trim();
        var taken = round.Answers.Where(a => a.Id != answerId).SelectMany(a => a.QuestionNumbers).Intersect(questionNumbers).ToList();
        if (taken.Count > 0)
            throw Invalid($"question {taken[0]} already has an answer");
        if (answerId is null)
        {
            var id = "a" + questionNumbers.Min().ToString(CultureInfo.InvariantCulture);
            var added = new DraftAnswer(id, [.. questionNumbers.Order()], body) { ReferenceTo = referenceTo, Footnotes = footnotes };
            return Step(round, officer, RoundAction.DraftAnswer, now, "draft answer", $"{id} to {Label(added.QuestionNumbers)}", r => r with { Answers = [.. r.Answers, added] });
        }
        var current = round.Answers.FirstOrDefault(a => a.Id == answerId) ?? throw new RoundException(new RoundRefusal(RefusalKind.NotFound, $"no answer '{answerId}' in this round"));
        if (basedOnVersion != current.Version)
            throw new RoundException(new RoundRefusal(RefusalKind.Conflict, $"answer {answerId} was changed meanwhile (now version {current.Version}); reload it and save again"), current.Version);
        var edited = current with { QuestionNumbers = [.. questionNumbers.Order()], Text = body, ReferenceTo = referenceTo, Footnotes = footnotes, Approved = false, Version = current.Version + 1 };
        return Step(round, officer, RoundAction.DraftAnswer, now, "edit answer", $"{answerId} version {edited.Version}", r => r with
        {
            Answers = r.Answers.Select(a => a.Id == answerId ? edited : a).ToList(),
        });
    }

    public static Round Approve(Round round, User approver, string answerId, DateTimeOffset now)
    {
        if (round.Answers.All(a => a.Id != answerId))
            throw new RoundException(new RoundRefusal(RefusalKind.NotFound, $"no answer '{answerId}' in this round"));
        return Step(round, approver, RoundAction.ApproveAnswer, now, "approve", answerId, r => r with
        {
            Answers = r.Answers.Select(a => a.Id == answerId ? a with { Approved = true } : a).ToList(),
        });
    }

    /// <summary>Sends the set: every question of the list answered, every answer approved.</summary>
    public static Round SendAnswers(Round round, User approver, DateTimeOffset now)
    {
        Require(approver, RoundAction.SendAnswers, round);
        var covered = round.Answers.SelectMany(a => a.QuestionNumbers).ToHashSet();
        var open = round.Standing.Where(q => q.Number is { } n && !covered.Contains(n)).Select(q => q.Number!.Value).Order().ToList();
        if (open.Count > 0)
            throw Invalid($"questions without an answer: {string.Join(", ", open)}");
        if (round.Answers.FirstOrDefault(a => !a.Approved) is { } unapproved)
            throw Invalid($"answer {unapproved.Id} is not approved yet");
        return Step(round, approver, RoundAction.SendAnswers, now, "send answers", $"{round.Answers.Count} answers", r => r with
        {
            State = RoundState.Answered, AnsweredOn = DateOnly.FromDateTime(now.UtcDateTime),
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

    private static Round Step(Round round, User user, RoundAction action, DateTimeOffset now, string what, string detail, Func<Round, Round> change)
    {
        Require(user, action, round);
        var next = change(round);
        return next with { Version = round.Version + 1, History = [.. round.History, new AuditEntry(now, user.Id, what, detail)] };
    }

    private static void Require(User? user, RoundAction action, Round round)
    {
        if (RoundPolicy.Check(user, action, round) is { } refusal)
            throw new RoundException(refusal);
    }

    private static void OwnQuestion(Round round, User member, string questionId)
    {
        var question = Standing(round, questionId);
        if (question.MemberId != member.Id)
            throw new RoundException(new RoundRefusal(RefusalKind.Forbidden, "members may change only their own questions"));
    }

    private static RoundQuestion Standing(Round round, string questionId) =>
        round.Standing.FirstOrDefault(q => q.Id == questionId)
        ?? throw new RoundException(new RoundRefusal(RefusalKind.NotFound, $"no question '{questionId}' stands in this round"));

    private static string Valid(string text, IReadOnlyList<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (string.IsNullOrWhiteSpace(text))
            throw Invalid("a question needs its text");
        if (text.Length > 5_000)
            throw Invalid("a question is at most 5,000 characters");
        if (sources.Any(s => !Uri.TryCreate(s, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            throw Invalid("sources are web addresses (http or https)");
        return text.Trim();
    }

    private static RoundException Invalid(string message) => new(new RoundRefusal(RefusalKind.Invalid, message));
}
