using System.Globalization;

namespace ParlQA.Rounds.Domain;

/// <summary>The ministry's steps: a delay notice, drafting, approving or sending back answers, and sending them.</summary>
public static partial class RoundProcedure
{
    /// <summary>The ministry's delay notice: the reason and the new date.</summary>
    public static Round Postpone(Round round, User user, string reason, DateOnly newDate, DateTimeOffset now)
    {
        Require(user, RoundAction.Postpone, round);
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > RoundMessages.MaxNoteLength)
            throw Refused(RoundMessages.DelayNeedsReason());
        if (round.DueOn is { } due && newDate <= due)
            throw Refused(RoundMessages.DelayDate(due));
        return Step(round, user, RoundAction.Postpone, now, "postpone", $"to {Day(newDate)}: {reason}", r => r with
        {
            State = RoundState.Postponed, DelayReason = reason.Trim(), DueOn = newDate,
        });
    }

    /// <summary>
    /// Adds an answer (no <paramref name="answerId"/>) or saves a new text of one; a save based on an older
    /// version than the current one is refused, so no officer's edit is lost. An edited answer needs approval again.
    /// A new answer's id is the next of the round ("d4") and is never given again, wherever answers are moved.
    /// </summary>
    public static Round DraftAnswer(Round round, User officer, string? answerId, int? basedOnVersion, IReadOnlyList<int> questionNumbers,
        string text, int? referenceTo, IReadOnlyList<string> footnotes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(questionNumbers);
        ArgumentNullException.ThrowIfNull(footnotes);
        Require(officer, RoundAction.DraftAnswer, round);
        var current = answerId is null ? null : Answer(round, answerId);
        var numbered = round.Standing.Where(q => q.Number is not null).Select(q => q.Number!.Value).ToHashSet();
        if (questionNumbers.Count == 0 || questionNumbers.Any(n => !numbered.Contains(n)))
            throw Refused(RoundMessages.AnswerOutsideList(numbered.Count));
        if (referenceTo is { } target && (!numbered.Contains(target) || questionNumbers.Contains(target)))
            throw Refused(RoundMessages.ReferenceOutsideList());
        var body = AnswerBody(text, referenceTo, footnotes);
        if (round.Answers.Where(a => a.Id != answerId).SelectMany(a => a.QuestionNumbers).Intersect(questionNumbers).FirstOrDefault() is var taken and > 0)
            throw Refused(RoundMessages.AlreadyAnswered(taken));
        var numbers = questionNumbers.Distinct().Order().ToList();
        if (current is null)
        {
            var id = NextAnswerId(round);
            var added = new DraftAnswer(id, numbers, body) { ReferenceTo = referenceTo, Footnotes = footnotes };
            return Step(round, officer, RoundAction.DraftAnswer, now, "draft answer", $"{id} to {added.Label}", r => r with { Answers = [.. r.Answers, added] });
        }
        Current(current, basedOnVersion);
        var edited = current with
        {
            QuestionNumbers = numbers, Text = body, ReferenceTo = referenceTo, Footnotes = footnotes, Approved = false, Remark = null, Version = current.Version + 1,
        };
        return Step(round, officer, RoundAction.DraftAnswer, now, "edit answer", $"{current.Id} to {edited.Label}, version {edited.Version}", r => r with
        {
            Answers = r.Answers.Select(a => a.Id == current.Id ? edited : a).ToList(),
        });
    }

    /// <summary>Approves the version of the answer the approver read; a newer one is refused (409 with the current version).</summary>
    public static Round Approve(Round round, User approver, string answerId, int? basedOnVersion, DateTimeOffset now)
    {
        Require(approver, RoundAction.ApproveAnswer, round);
        var answer = Answer(round, answerId);
        Current(answer, basedOnVersion);
        return Step(round, approver, RoundAction.ApproveAnswer, now, "approve", $"{answer.Id} version {answer.Version}", r => r with
        {
            Answers = r.Answers.Select(a => a.Id == answer.Id ? a with { Approved = true } : a).ToList(),
        });
    }

    /// <summary>The approver sends the version read back to the officers, with a remark; it needs a new text (or an approval) again.</summary>
    public static Round ReturnAnswer(Round round, User approver, string answerId, int? basedOnVersion, string remark, DateTimeOffset now)
    {
        Require(approver, RoundAction.ReturnAnswer, round);
        var answer = Answer(round, answerId);
        Current(answer, basedOnVersion);
        if (string.IsNullOrWhiteSpace(remark) || remark.Length > RoundMessages.MaxNoteLength)
            throw Refused(RoundMessages.RemarkRequired());
        // The remark stays with the answer (the ministry's draft), not in the trail the clerk reads.
        return Step(round, approver, RoundAction.ReturnAnswer, now, "send back", $"{answer.Id} version {answer.Version}", r => r with
        {
            Answers = r.Answers.Select(a => a.Id == answer.Id ? a with { Approved = false, Remark = remark.Trim(), Version = a.Version + 1 } : a).ToList(),
        });
    }

    /// <summary>Sends the set: every question of the list answered, every answer approved.</summary>
    public static Round SendAnswers(Round round, User approver, DateTimeOffset now)
    {
        Require(approver, RoundAction.SendAnswers, round);
        var open = round.InListOrder().Select(q => q.Number!.Value).Where(n => round.AnswerTo(n) is null).ToList();
        if (open.Count > 0)
            throw Refused(RoundMessages.Unanswered(open));
        if (round.Answers.OrderBy(a => a.QuestionNumbers.Min()).FirstOrDefault(a => !a.Approved) is { } unapproved)
            throw Refused(RoundMessages.NotApproved(unapproved.Label));
        return Step(round, approver, RoundAction.SendAnswers, now, "send answers", $"{round.Answers.Count} answers", r => r with
        {
            State = RoundState.Answered, AnsweredOn = Today(now),
        });
    }

    /// <summary>The text to store: the officer's, or for a bare reference the sentence the Kamer prints; within the limits, markers matching footnotes.</summary>
    private static string AnswerBody(string text, int? referenceTo, IReadOnlyList<string> footnotes)
    {
        if (string.IsNullOrWhiteSpace(text) && referenceTo is null)
            throw Refused(RoundMessages.AnswerNeedsText());
        var body = string.IsNullOrWhiteSpace(text) ? $"Zie het antwoord op vraag {referenceTo}." : text.Trim();
        if (body.Length > RoundMessages.MaxAnswerLength)
            throw Refused(RoundMessages.AnswerTooLong());
        if (footnotes.Count > RoundMessages.MaxFootnotes || footnotes.Any(f => string.IsNullOrWhiteSpace(f) || f.Length > RoundMessages.MaxNoteLength))
            throw Refused(RoundMessages.TooManyFootnotes());
        if (FootnoteMarkers.In(body).FirstOrDefault(n => n > footnotes.Count) is var unknown and > 0)
            throw Refused(RoundMessages.UnknownFootnoteMarker(unknown, footnotes.Count));
        return body;
    }

    /// <summary>"d" and one more than the highest drafted so far: answers are never removed, so an id is never given twice.</summary>
    private static string NextAnswerId(Round round)
    {
        int highest = round.Answers.Select(a => a.Id.StartsWith('d') && int.TryParse(a.Id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return "d" + (highest + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static DraftAnswer Answer(Round round, string answerId) =>
        round.Answers.FirstOrDefault(a => a.Id == answerId) ?? throw Refused(RoundMessages.NoSuchAnswer(answerId));

    /// <summary>The version the person read must be the answer's current one.</summary>
    private static void Current(DraftAnswer answer, int? basedOnVersion)
    {
        if (basedOnVersion is null)
            throw Refused(RoundMessages.VersionRequired(answer.Label));
        if (basedOnVersion != answer.Version)
            throw Refused(RoundMessages.ChangedMeanwhile(answer.Label, answer.Version), answer.Version);
    }
}
