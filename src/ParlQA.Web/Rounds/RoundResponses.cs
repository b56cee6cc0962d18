using ParlQA.Rounds.Domain;

namespace ParlQA.Web.Rounds;

/// <summary>A round as the API shows it to the one asking (see <see cref="RoundView"/>), with the steps they may take now;
/// its questions in the list's order (merged and withdrawn ones after).</summary>
public sealed record RoundResponse(
    string Id, string Committee, string LetterTitle, DateOnly? LetterDate, string? LetterCitation, IReadOnlyList<string> Ministers, string Ministry,
    string State, DateOnly? QuestionDeadline, int AnswerDays, string? Chair, string? Clerk, DateOnly? SentOn, DateOnly? DueOn, string? DelayReason,
    DateOnly? AnsweredOn, string? DocumentId, int Version,
    IReadOnlyList<RoundQuestionResponse> Questions, IReadOnlyList<RoundAnswerResponse> Answers, IReadOnlyList<RoundHistoryResponse> History,
    IReadOnlyList<string> Steps);

/// <summary>A question: its submission id, its number and label once the list is numbered, who asked it (their account id only for those who may see the trail).</summary>
public sealed record RoundQuestionResponse(
    string Id, int? Number, string? Label, string Text, IReadOnlyList<string> Sources, string? MemberId, string MemberName, string? Party, bool Withdrawn, string? MergedInto);

/// <summary>An answer: its id in the round, the numbers it answers and its label as printed ("2–3").</summary>
public sealed record RoundAnswerResponse(
    string Id, string Label, IReadOnlyList<int> QuestionNumbers, string Text, int? ReferenceTo, IReadOnlyList<string> Footnotes, bool Approved, string? Remark, int Version);

/// <summary>A step in the round's history; <see cref="UserId"/> is null where the one asking may not know who took it.</summary>
public sealed record RoundHistoryResponse(DateTimeOffset At, string? UserId, string Action, string Detail);

/// <summary>A round in a list.</summary>
public sealed record RoundSummaryResponse(string Id, string Committee, string LetterTitle, string State, DateOnly? QuestionDeadline, DateOnly? DueOn, string? DocumentId, int Version);

/// <summary>The domain's round as the API's shapes (the domain record is not the contract: storage and API change apart).</summary>
public static class RoundShapes
{
    /// <summary><paramref name="visible"/> is the round as <see cref="RoundView.For"/> gave it to <paramref name="user"/>.</summary>
    public static RoundResponse AsRoundResponse(this Round visible, User? user)
    {
        ArgumentNullException.ThrowIfNull(visible);
        return new RoundResponse(visible.Id, visible.Committee, visible.LetterTitle, visible.LetterDate, visible.LetterCitation, visible.Ministers, visible.Ministry,
            visible.State.ToString(), visible.QuestionDeadline, visible.AnswerDays, visible.Chair, visible.ClerkName, visible.SentOn, visible.DueOn, visible.DelayReason,
            visible.AnsweredOn, visible.DocumentId, visible.Version,
            [.. InListOrder(visible).Select(q => new RoundQuestionResponse(q.Id, q.Number, q.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture), q.Text, q.Sources,
                q.MemberId.Length == 0 ? null : q.MemberId, q.MemberName, q.Party, q.Withdrawn, q.MergedInto))],
            [.. visible.Answers.Select(a => new RoundAnswerResponse(a.Id, a.Label, a.QuestionNumbers, a.Text, a.ReferenceTo, a.Footnotes, a.Approved, a.Remark, a.Version))],
            [.. visible.History.Select(h => new RoundHistoryResponse(h.At, h.UserId.Length == 0 ? null : h.UserId, h.Action, h.Detail))],
            [.. RoundSteps.Available(user, visible).Select(s => s.Name)]);
    }

    /// <summary>The questions as the list has them (the clerk's order, by number once sent), then those merged or withdrawn, as submitted.</summary>
    private static IEnumerable<RoundQuestion> InListOrder(Round round)
    {
        var listed = round.InListOrder();
        return listed.Concat(round.Questions.Except(listed));
    }

    public static RoundSummaryResponse AsRoundSummary(this Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return new RoundSummaryResponse(round.Id, round.Committee, round.LetterTitle, round.State.ToString(), round.QuestionDeadline, round.DueOn, round.DocumentId, round.Version);
    }
}
